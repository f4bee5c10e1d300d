package org.socialgov.policy.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.socialgov.testsupport.InternalTokens;

/**
 * One real policy service per test class, on its own embedded store, and the requests the official accounts'
 * HTTP tests share. Each test registers its own handles, so the tests of a class do not see each other's accounts.
 */
abstract class OfficialAccountsHttpTestBase extends PolicyServiceHttpTestBase {

    static final String OFFICER = InternalTokens.forUser("olivia", "acme", "COMPLIANCE_OFFICER");
    static final String EMPLOYEE = InternalTokens.forUser("eve", "acme", "EMPLOYEE");
    static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    static final String OTHER_COMPANY = InternalTokens.forUser("mallory", "globex", "COMPLIANCE_OFFICER",
        "EMPLOYEE");

    static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static String registration(String platform, String handle, String url, String since) {
        return "{\"platform\":\"" + platform + "\",\"handle\":\"" + handle + "\",\"url\":\"" + url
            + "\",\"purpose\":\"Product news and answers to customers' questions\""
            + (since == null ? "" : ",\"since\":\"" + since + "\"") + "}";
    }

    static HttpResponse<Map<String, Object>> register(String handle, String since) {
        return service.http().exchange(post("/official-accounts",
            registration("X", handle, "https://x.com/" + handle.replace("@", ""), since), OFFICER), JSON);
    }

    static String registerId(String handle, String since) {
        return (String) register(handle, since).body().get("accountId");
    }

    static Map<String, Object> retire(String accountId, String retiredOn) {
        return service.http().retrieve(post("/official-accounts/" + accountId + "/retirement",
            "{\"reason\":\"Moved to the new brand account\""
                + (retiredOn == null ? "" : ",\"retiredOn\":\"" + retiredOn + "\"") + "}", OFFICER), JSON);
    }

    static Map<String, Object> lookup(String platform, String handle, String on, String token) {
        return service.http().retrieve(HttpRequest.GET("/official-accounts/lookup?platform=" + platform + "&handle="
            + encode(handle) + (on == null ? "" : "&on=" + on)).bearerAuth(token), JSON);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("items");
    }

    static List<Object> handles(List<Map<String, Object>> items) {
        return items.stream().<Object>map(item -> item.get("handle")).toList();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
