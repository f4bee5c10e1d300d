package org.socialgov.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The suite's API for client developers: the combined OpenAPI document and, at {@code /api/docs}, a Swagger UI page
 * on it (its scripts and styles are static resources: {@code micronaut.router.static-resources}). Public:
 * the document describes the API, it holds no data; trying an operation still takes a token.
 */
@Controller("/api/docs")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {

    static final String YAML = "application/yaml";
    private static final String PAGE = read("docs/index.html");

    private final SuiteApiDocument document;

    public ApiDocsController(SuiteApiDocument document) {
        this.document = document;
    }

    @Get("/openapi.yaml")
    @Produces(YAML)
    public String openApi() {
        return document.yaml();
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    private static String read(String resource) {
        try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
