package org.socialgov.suite;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/** Checks real responses against the OpenAPI spec they are supposed to follow, the spec being the truth. */
final class SpecConformance {

    private final OpenApiInteractionValidator validator;

    private SpecConformance(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static SpecConformance of(String specFile) {
        String spec = RunningSuite.REPOSITORY.resolve("openapi").resolve(specFile).toUri().toString();
        return new SpecConformance(OpenApiInteractionValidator.createForSpecificationUrl(spec)
            .withBasePathOverride("/api")
            .build());
    }

    /** Fails with every deviation the validator found in the response. */
    void assertConforms(Request.Method method, String path, HttpResponse<String> response) {
        SimpleResponse.Builder recorded = SimpleResponse.Builder.status(response.statusCode())
            .withBody(response.body());
        response.headers().map().forEach((name, values) -> recorded.withHeader(name, values));
        ValidationReport report = validator.validateResponse(path, method, recorded.build());
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode()
                + " outside the spec:\n" + report.getMessages().stream().map(Object::toString)
                .collect(Collectors.joining("\n")) + "\nbody: " + response.body());
        }
    }
}
