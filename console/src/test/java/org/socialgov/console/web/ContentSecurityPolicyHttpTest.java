package org.socialgov.console.web;

import java.net.http.HttpResponse;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ContentSecurityPolicyHttpTest extends ConsoleTestSupport {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Test
    void givenAnyAnswer_thenStrictPolicyAndPagesHaveNoInlineScriptOrStyle() {
        String session = signIn("emi", "EMPLOYEE");
        List<HttpResponse<String>> answers = List.of(get("/sign-in/dev", null), get("/", session),
            get("/policy", session), get("/reports/new", session), get("/no/such/page", session),
            get("/assets/console.css", null), get("/webjars/htmx/htmx.min.js", null),
            get("/webjars/chartjs/chart.umd.js", null), get("/assets/charts.js", null));

        for (HttpResponse<String> answer : answers) {
            assertEquals(POLICY, answer.headers().firstValue("Content-Security-Policy").orElse(""),
                answer.uri().toString());
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                String page = answer.body();
                assertFalse(page.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "inline script: " + page);
                assertFalse(page.contains(" style="), "inline style: " + page);
                assertFalse(page.contains("<style"), "style element: " + page);
                assertTrue(page.contains("\"allowEval\":false") || page.contains("&#34;allowEval&#34;:false")
                    || page.contains("&quot;allowEval&quot;:false"), page);
            }
        }
        assertEquals(200, answers.get(6).statusCode(), "htmx is served from its WebJar");
        assertEquals(200, answers.get(7).statusCode(), "Chart.js is served from its WebJar");
        assertEquals(200, answers.get(8).statusCode(), "the script that draws charts is served");
    }
}
