package org.socialgov.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.session.SessionFilter;

/**
 * Every request that could change something (anything but GET, HEAD and OPTIONS) must carry the session's CSRF
 * token: the form field {@value #FIELD}, or the header {@value #HEADER} (htmx sends it from {@code hx-headers}).
 * Missing or wrong: the 403 page ({@link CsrfRefusedException}), and the request goes no further, so nothing is
 * done.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after() + 10;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void checkToken(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return;
        }
        Optional<ConsoleSession> session = request.getAttribute(SessionFilter.ATTRIBUTE, ConsoleSession.class);
        String sent = request.getHeaders().get(HEADER);
        if (sent == null) {
            sent = formField(request).orElse(null);
        }
        if (session.isEmpty() || sent == null || !same(session.get().csrfToken(), sent)) {
            throw new CsrfRefusedException();
        }
    }

    private static boolean same(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The field from a form body, read from a copy of the body so that the page still gets all of it. */
    private static Optional<String> formField(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server) || request.getContentType()
            .filter(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isEmpty()) {
            return Optional.empty();
        }
        try (CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.SLOWEST).allowDiscard();
             InputStream in = copy.toInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                if (pair.startsWith(FIELD + "=")) {
                    return Optional.of(URLDecoder.decode(pair.substring(FIELD.length() + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
