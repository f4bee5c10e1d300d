package org.socialgov.gateway.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.yaml.snakeyaml.Yaml;

/** The suite's combined API document and the Swagger UI page on it, served without a token. */
@MicronautTest
class ApiDocsTest extends GatewayTestSupport {

    private static final Pattern REFERENCE = Pattern.compile("\\$ref: '?#/components/(\\w+)/([\\w.\\-]+)'?");

    @Test
    void givenNoToken_whenDocumentRead_thenEveryServicesOperationsWithTheSecuritySchemeAndNoDanglingReference() {
        HttpResponse<String> response = send(request("/api/docs/openapi.yaml"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        Map<String, Object> document = new Yaml().load(response.body());
        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        for (String path : List.of("/contracts", "/contracts/{contractId}", "/policies", "/official-accounts",
            "/staff/{personId}", "/public/{tenant}/policy", "/incidents", "/incidents/{incidentId}/triage",
            "/audit/incidents/events", "/admin/contracts/projections/rebuild")) {
            assertTrue(paths.containsKey(path), path + " is missing");
        }
        Map<?, ?> components = (Map<?, ?>) document.get("components");
        assertTrue(((Map<?, ?>) components.get("securitySchemes")).containsKey("oauth2"));
        List<String> dangling = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(response.body());
        while (reference.find()) {
            Map<?, ?> ofKind = (Map<?, ?>) components.get(reference.group(1));
            if (ofKind == null || !ofKind.containsKey(reference.group(2))) {
                dangling.add(reference.group());
            }
        }
        assertTrue(dangling.isEmpty(), "references to nothing: " + dangling);
        assertFalse(response.body().contains(".yaml#"), "a reference to another file was left in");
        assertEquals(List.of(Map.of("url", "/api")), document.get("servers"));
    }

    @Test
    void givenNoToken_whenPageOpened_thenSwaggerUiWithItsScripts() {
        HttpResponse<String> page = send(request("/api/docs"));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("swagger-ui"));
        for (String asset : List.of("/api/docs/ui/swagger-ui-bundle.js", "/api/docs/ui/swagger-ui.css",
            "/api/docs/assets/initializer.js")) {
            assertEquals(200, send(request(asset)).statusCode(), asset);
        }
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
    }
}
