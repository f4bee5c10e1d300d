package org.socialgov.console.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values put into API paths and queries, percent-encoded so that none can change the path it goes into. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
