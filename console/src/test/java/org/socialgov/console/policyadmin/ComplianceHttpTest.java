package org.socialgov.console.policyadmin;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ComplianceHttpTest extends PolicyAdminTestSupport {

    private static final String VERSION_2 = "/policy-admin/policies/p-acme/versions/2/compliance";

    @Test
    void givenOfficer_whenComplianceOpened_thenTheVersionInForceWithCountsAndChartFigures() {
        HttpResponse<String> response = get("/policy-admin/compliance", officer());

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("<h1>Compliance with version 2</h1>"), page);
        assertTrue(page.contains("<dt>Bound (on staff now)</dt><dd>48</dd>"), page);
        assertTrue(page.contains("<dt>Acknowledged</dt><dd>3 (6 %)</dd>"), page);
        assertTrue(page.contains("<dt>Pending</dt><dd>45</dd>"), page);
        assertTrue(page.contains("<table data-chart=\"doughnut\">"), page);
        assertTrue(page.replaceAll("\\s+", " ").contains("<tr><th scope=\"row\">Acknowledged</th> <td>3</td> </tr>")
            || page.replaceAll("\\s+", "").contains("<tr><thscope=\"row\">Acknowledged</th><td>3</td></tr>"), page);
        assertTrue(page.replaceAll("\\s+", "").contains("<tr><thscope=\"row\">Pending</th><td>45</td></tr>"), page);
        assertTrue(page.contains("href=\"/policy-admin/policies/p-acme/versions/1/compliance\">version 1</a>"), page);
    }

    @Test
    void givenFortyFivePending_thenTwentyAPageWithNextAndFirstPageLinks() {
        String officer = officer();

        String first = get(VERSION_2, officer).body();
        String second = get(VERSION_2 + "?page=2", officer).body();
        String third = get(VERSION_2 + "?page=3", officer).body();

        assertEquals(20, count(first, "<td>w1"), first);
        assertTrue(first.contains("山田 100") && !first.contains("山田 120"), first);
        assertTrue(first.contains("href=\"" + VERSION_2 + "?page=2\">Next page</a>"), first);
        assertFalse(first.contains("First page"), first);
        assertTrue(second.contains("山田 120") && second.contains("href=\"" + VERSION_2 + "?page=3\">Next page"), second);
        assertEquals(5, count(third, "<td>w1"), third);
        assertFalse(third.contains("Next page"), third);
        assertTrue(third.contains("href=\"" + VERSION_2 + "\">First page</a>"), third);
    }

    @Test
    void givenDraftOrBadPage_thenNotFound() {
        String officer = officer();

        assertEquals(404, get("/policy-admin/policies/p-acme/versions/3/compliance", officer).statusCode(),
            "a draft has no compliance");
        assertEquals(404, get(VERSION_2 + "?page=0", officer).statusCode());
        assertEquals(400, get(VERSION_2 + "?page=x", officer).statusCode());
    }

    private static int count(String page, String text) {
        return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
