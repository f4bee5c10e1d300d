package org.socialgov.policy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.socialgov.testsupport.InternalTokens;

/** The requests and callers the policy-service tests share: the example policy as JSON, and who sends it. */
final class PolicyRequests {

    static final String OFFICER = InternalTokens.forUser("kaori", "example", "COMPLIANCE_OFFICER");
    static final String AUDITOR = InternalTokens.forUser("ann", "example", "AUDITOR");
    static final String OTHER_TENANT_OFFICER = InternalTokens.forUser("gus", "globex", "COMPLIANCE_OFFICER");

    static final String CONTENT = """
        {"purposes":["To make the company and its services known","To learn what people really want"],
         "officialStatementNote":"Official statements are made on our website and in press releases.",
         "questionsHandling":"We answer where we can, not always.",
         "personalUseWelcome":true,
         "guidelines":[
          {"number":1,"title":"Your account speaks for us too","text":"Posts are seen as staff speaking.",
           "category":"AWARENESS","survivesDeparture":false},
          {"number":2,"title":"Keep clients' secrets","text":"Never post clients' confidential information.",
           "category":"CLIENT_CONFIDENTIALITY","survivesDeparture":true},
          {"number":3,"title":"Say the views are your own","text":"State that the views are your own.",
           "category":"DISCLAIMER","survivesDeparture":false}]}""";

    static final String CREATION = "{\"title\":\"Social media policy\",\"enactedOn\":\"2012-07-25\","
        + "\"reviewIntervalMonths\":12,\"draft\":" + CONTENT + "}";

    private PolicyRequests() {
    }

    static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static MutableHttpRequest<String> put(String path, String body, String token) {
        return HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static String staff(String personId) {
        return InternalTokens.forUser(personId, "example", "EMPLOYEE");
    }
}
