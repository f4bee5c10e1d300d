package org.socialgov.gateway.backend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;

/** What a stand-in service received, sent back so that a test can see what the gateway forwarded. */
@Serdeable
public record Echo(String method, String path, String query, Map<String, List<String>> headers, String body) {

    static Echo of(HttpRequest<?> request, String body) {
        Map<String, List<String>> headers = new TreeMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new Echo(request.getMethodName(), request.getUri().getRawPath(), request.getUri().getRawQuery(),
            headers, body);
    }
}
