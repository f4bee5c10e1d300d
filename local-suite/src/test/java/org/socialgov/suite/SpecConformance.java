package org.socialgov.suite;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/** Checks real responses against the OpenAPI spec they are supposed to follow, the spec being the truth. */
public final class SpecConformance {

    private final OpenApiInteractionValidator validator;

    private SpecConformance(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    public static SpecConformance of(String specFile) {
        String spec = RunningSuite.REPOSITORY.resolve("openapi").resolve(specFile).toUri().toString();
        return new SpecConformance(OpenApiInteractionValidator.createForSpecificationUrl(spec)
            .withBasePathOverride("/api")
            .build());
    }

    /** Fails with every deviation the validator found in the response. */
    void assertConforms(Request.Method method, String path, HttpResponse<String> response) {
        List<String> deviations = deviations(method, path, response.statusCode(), response.headers().map(),
            response.body());
        if (!deviations.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode()
                + " outside the spec:\n" + String.join("\n", deviations) + "\nbody: " + response.body());
        }
    }

    /** Every deviation from the spec of an answer to {@code method path} (the path as the gateway serves it). */
    public List<String> deviations(Request.Method method, String path, int status, Map<String, List<String>> headers,
                                   String body) {
        SimpleResponse.Builder recorded = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(recorded::withHeader);
        ValidationReport report = validator.validateResponse(path, method, recorded.build());
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
            .map(Object::toString).toList();
    }
}
