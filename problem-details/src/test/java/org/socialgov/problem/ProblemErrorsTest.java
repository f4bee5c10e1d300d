package org.socialgov.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A problem's {@code errors}: each reason a rule refused a request for, with its code, beside the detail that says
 * them in prose; the offending fields of an invalid request as before.
 */
class ProblemErrorsTest {

    private static final ProblemType RULE = new ProblemType("rule-violated", "A rule does not allow this",
        HttpStatus.UNPROCESSABLE_ENTITY);

    private static ApplicationContext context;
    private static JsonMapper json;
    private final ProblemJsonErrorResponseBodyProvider problems = new ProblemJsonErrorResponseBodyProvider();

    @BeforeAll
    static void startContext() {
        context = ApplicationContext.run();
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    @Test
    void givenRefusalForSeveralReasons_whenAnswered_thenErrorsListEachWithItsCodeAndTheDetailJoinsThem()
        throws IOException {
        ProblemException refusal = new ProblemException(RULE, List.of(
            ProblemError.reason("no-purpose", "Add at least one purpose"),
            ProblemError.reason("no-disclaimer-rule", "Add a disclaimer rule")));

        Problem problem = answer(refusal);

        assertEquals("Add at least one purpose; Add a disclaimer rule", problem.detail());
        assertEquals(List.of("no-purpose", "no-disclaimer-rule"),
            problem.errors().stream().map(ProblemError::code).toList());
        assertEquals("{\"code\":\"no-purpose\",\"message\":\"Add at least one purpose\"}",
            json.writeValueAsString(problem.errors().get(0)));
    }

    @Test
    void givenRefusalSummedUpByItsOwnDetail_whenAnswered_thenTheDetailIsKeptAndTheReasonsListed() {
        ProblemException refusal = new ProblemException(RULE, "Blocking findings: SCOPE_MISSING",
            List.of(ProblemError.reason("SCOPE_MISSING", "The scope is missing")));

        Problem problem = answer(refusal);

        assertEquals("Blocking findings: SCOPE_MISSING", problem.detail());
        assertEquals(List.of(ProblemError.reason("SCOPE_MISSING", "The scope is missing")), problem.errors());
    }

    @Test
    void givenRefusalWithOneDetail_whenAnswered_thenNoErrorsMember() throws IOException {
        Problem problem = answer(new ProblemException(RULE, "One reason"));

        assertEquals("One reason", problem.detail());
        assertNull(problem.errors());
        assertEquals(false, json.writeValueAsString(problem).contains("errors"));
    }

    @Test
    void givenInvalidFields_whenAnswered_thenErrorsNameTheFieldsWithoutCodes() throws IOException {
        ErrorContext invalid = ErrorContext.builder(HttpRequest.GET("/contracts"))
            .errors(List.of(new InvalidField("provider.kind", "must not be null"),
                new InvalidField("term.start", "must not be null")))
            .build();

        Problem problem = problems.body(invalid, HttpResponse.badRequest());

        assertEquals("2 fields are not valid", problem.detail());
        assertEquals("{\"field\":\"provider.kind\",\"message\":\"must not be null\"}",
            json.writeValueAsString(problem.errors().get(0)));
    }

    private Problem answer(ProblemException refusal) {
        ErrorContext refused = ErrorContext.builder(HttpRequest.POST("/policies/p/versions/1/publication", "{}"))
            .cause(refusal).errorMessage(refusal.getMessage()).build();
        return problems.body(refused, HttpResponse.status(refusal.problemType().status()));
    }
}
