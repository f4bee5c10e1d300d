package org.socialgov.suite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The role × operation matrix as the specs declare it: every operation of every service spec with the roles its
 * security requirement names. An operation that declares no requirement of its own is an error, so a new operation
 * cannot slip in without a decision on who may call it.
 */
final class AccessMatrix {

    static final List<String> SERVICE_SPECS = List.of("contract-service.yaml", "policy-service.yaml",
        "incident-service.yaml");
    static final List<String> ROLES = List.of("CONTRACT_MANAGER", "COMPLIANCE_OFFICER", "EMPLOYEE", "AGENCY",
        "AUDITOR", "ENTERPRISE_ADMIN", "OPERATOR");
    private static final String SCHEME = "oauth2";

    private AccessMatrix() {
    }

    static List<AccessOperation> operations() {
        List<AccessOperation> operations = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (String spec : SERVICE_SPECS) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            OpenAPI api = new OpenAPIV3Parser().read(RunningSuite.REPOSITORY.resolve("openapi").resolve(spec)
                .toString(), null, options);
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap()
                    .entrySet()) {
                    Operation operation = entry.getValue();
                    List<SecurityRequirement> security = operation.getSecurity();
                    if (security == null) {
                        undeclared.add(spec + ": " + entry.getKey() + " " + path.getKey());
                        continue;
                    }
                    List<String> roles = security.stream()
                        .flatMap(requirement -> requirement.getOrDefault(SCHEME, List.of()).stream())
                        .distinct().sorted().toList();
                    operations.add(new AccessOperation(spec, operation.getOperationId(), entry.getKey().name(),
                        path.getKey(), roles, security.isEmpty(), operation.getRequestBody() != null,
                        queryParameters(operation, true), queryParameters(operation, false)));
                }
            }
        }
        if (!undeclared.isEmpty()) {
            throw new AssertionError("Operations without a security requirement of their own (add `security:` "
                + "with the roles that may call them):\n" + String.join("\n", undeclared));
        }
        operations.sort(Comparator.comparing(AccessOperation::spec).thenComparing(AccessOperation::pathTemplate)
            .thenComparing(AccessOperation::method));
        return operations;
    }

    private static List<String> queryParameters(Operation operation, boolean required) {
        return operation.getParameters() == null ? List.of() : operation.getParameters().stream()
            .filter(parameter -> "query".equals(parameter.getIn())
                && Boolean.TRUE.equals(parameter.getRequired()) == required)
            .map(Parameter::getName).toList();
    }

    /** The matrix as the Markdown table README.md shows. */
    static String markdown(List<AccessOperation> operations) {
        StringBuilder table = new StringBuilder("| operation | ")
            .append(ROLES.stream().map(AccessMatrix::abbreviation).collect(Collectors.joining(" | ")))
            .append(" |\n|---|").append("---|".repeat(ROLES.size())).append('\n');
        for (AccessOperation operation : operations) {
            table.append("| `").append(operation.method()).append(' ').append(operation.pathTemplate())
                .append("` | ");
            table.append(ROLES.stream().map(role -> operation.open() ? "public"
                : operation.roles().contains(role) ? "✔" : "").collect(Collectors.joining(" | ")));
            table.append(" |\n");
        }
        return table.toString();
    }

    private static String abbreviation(String role) {
        return switch (role) {
            case "CONTRACT_MANAGER" -> "contract manager";
            case "COMPLIANCE_OFFICER" -> "compliance officer";
            case "ENTERPRISE_ADMIN" -> "enterprise admin";
            default -> role.toLowerCase();
        };
    }
}
