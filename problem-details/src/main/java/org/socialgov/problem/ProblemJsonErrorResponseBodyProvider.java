package org.socialgov.problem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;


/**
 * Turns every error the server answers with — ours and the framework's (validation, unreadable JSON, unknown route,
 * security) — into an RFC 9457 problem+json body.
 */
@Primary
@Singleton
public class ProblemJsonErrorResponseBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** The header carrying the request id that the gateway assigns to every request. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Set by the gateway: the path prefix clients see in front of this service's paths, e.g. {@code /api}. */
    public static final String FORWARDED_PREFIX_HEADER = "X-Forwarded-Prefix";

    private static final Pattern SAFE_PREFIX = Pattern.compile("(/[A-Za-z0-9._-]+){1,5}");

    @Override
    public Problem body(ErrorContext errorContext, HttpResponse<?> response) {
        Optional<ProblemException> problem = errorContext.getRootCause()
            .filter(ProblemException.class::isInstance).map(ProblemException.class::cast);
        ProblemType type = problem.map(ProblemException::problemType)
            .orElseGet(() -> ProblemType.forStatus(response.code()));
        HttpRequest<?> request = errorContext.getRequest();
        List<ProblemError> fieldErrors = errorContext.getErrors().stream()
            .filter(error -> error.getPath().isPresent())
            // Micronaut names a missing query or header value "/name"; clients know it as "name".
            .map(error -> ProblemError.field(error.getPath().get().replaceFirst("^/", ""),
                ValueReasons.INTERNALS.matcher(String.valueOf(error.getMessage())).find()
                    ? ValueReasons.NOT_VALID : error.getMessage()))
            .toList();
        List<ProblemError> errors = fieldErrors.isEmpty()
            ? problem.map(ProblemException::reasons).orElse(List.of()) : fieldErrors;
        return new Problem(type.uri(), type.title(), response.code(), detail(errorContext, type, fieldErrors),
            instance(request), request.getHeaders().get(REQUEST_ID_HEADER), errors.isEmpty() ? null : errors);
    }

    /** The path the client called, as it called it: through the gateway that includes the gateway's prefix. */
    private static String instance(HttpRequest<?> request) {
        String prefix = request.getHeaders().get(FORWARDED_PREFIX_HEADER);
        String path = request.getPath();
        boolean prefixed = prefix != null && SAFE_PREFIX.matcher(prefix).matches() && !path.startsWith(prefix + "/");
        return prefixed ? prefix + path : path;
    }

    private static String detail(ErrorContext context, ProblemType type, List<ProblemError> fieldErrors) {
        if (!fieldErrors.isEmpty()) {
            return fieldErrors.size() == 1
                ? "Field '" + fieldErrors.get(0).field() + "' " + fieldErrors.get(0).message()
                : fieldErrors.size() + " fields are not valid";
        }
        if (type == ProblemType.INTERNAL_ERROR) {
            return "The error was logged; quote the request id when you report it.";
        }
        return context.getErrors().stream().map(Error::getMessage).findFirst()
            .filter(message -> message != null && !ValueReasons.INTERNALS.matcher(message).find())
            .orElse(type.title());
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }
}
