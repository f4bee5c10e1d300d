package org.socialgov.suite.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.socialgov.suite.RunningSuite;

/** Every operation of the three service specs (with the parts they include), read by swagger-parser. */
final class SpecOperations {

    static final List<String> SERVICE_SPECS = List.of("contract-service.yaml", "policy-service.yaml",
        "incident-service.yaml");
    private static final String SCHEME = "oauth2";
    private static final String JSON = "application/json";

    private SpecOperations() {
    }

    static List<SpecOperation> all() {
        List<SpecOperation> operations = new ArrayList<>();
        for (String spec : SERVICE_SPECS) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            OpenAPI api = new OpenAPIV3Parser().read(RunningSuite.REPOSITORY.resolve("openapi").resolve(spec)
                .toString(), null, options);
            if (api == null || api.getPaths() == null) {
                throw new IllegalStateException("swagger-parser could not read " + spec);
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(operation(spec, path, item, method, operation))));
        }
        operations.sort(Comparator.comparing(SpecOperation::spec).thenComparing(SpecOperation::pathTemplate)
            .thenComparing(SpecOperation::method));
        return operations;
    }

    private static SpecOperation operation(String spec, String path, PathItem item, PathItem.HttpMethod method,
                                           Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            throw new IllegalStateException(spec + ": " + method + " " + path + " declares no security of its own");
        }
        List<String> roles = security.stream()
            .flatMap(requirement -> requirement.getOrDefault(SCHEME, List.of()).stream()).distinct().sorted()
            .toList();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (List<Parameter> declared : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (declared != null) {
                declared.forEach(parameter -> parameters.put(parameter.getIn() + ":" + parameter.getName(),
                    parameter));
            }
        }
        Schema<?> body = null;
        boolean bodyRequired = false;
        if (operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().get(JSON);
            if (json == null) {
                throw new IllegalStateException(spec + ": " + operation.getOperationId() + " takes no JSON body; "
                    + "teach the generator its media type");
            }
            body = json.getSchema();
            bodyRequired = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
        }
        Set<Integer> statuses = new TreeSet<>();
        operation.getResponses().keySet().stream().filter(code -> code.matches("\\d{3}"))
            .forEach(code -> statuses.add(Integer.parseInt(code)));
        return new SpecOperation(spec, operation.getOperationId(), method.name(), path, roles,
            List.copyOf(parameters.values()), body, bodyRequired, statuses);
    }
}
