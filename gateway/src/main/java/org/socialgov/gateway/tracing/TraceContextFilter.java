package org.socialgov.gateway.tracing;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every request a request id and a trace context before anything else runs, so that the services receive them
 * and every answer carries the id back, refusals included (401, 404, 503): it is what a caller quotes to support.
 * The caller's traceparent is forwarded unchanged: the gateway records no spans of its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TraceContextFilter implements Ordered {

    private static final String REQUEST_ID_ATTRIBUTE = "socialgov.requestId";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /**
     * Changes the headers in place rather than returning a new request: a replaced request would lose the
     * streaming body that the gateway's own endpoints (e.g. POST /dev/tokens) bind from.
     */
    @RequestFilter
    public void assignIds(MutableHttpRequest<?> request) {
        String requestId = request.getHeaders().get(TraceHeaders.REQUEST_ID);
        String traceparent = request.getHeaders().get(TraceHeaders.TRACEPARENT);
        boolean keepRequestId = TraceHeaders.isSaneRequestId(requestId)
            && request.getHeaders().getAll(TraceHeaders.REQUEST_ID).size() == 1;
        boolean keepTraceparent = TraceHeaders.isValidTraceparent(traceparent)
            && request.getHeaders().getAll(TraceHeaders.TRACEPARENT).size() == 1;
        String id = keepRequestId ? requestId : TraceHeaders.newRequestId();
        request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        if (keepRequestId && keepTraceparent) {
            return;
        }
        String trace = keepTraceparent ? traceparent : TraceHeaders.newTraceparent();
        request.headers(headers -> {
            headers.set(TraceHeaders.REQUEST_ID, id);
            headers.set(TraceHeaders.TRACEPARENT, trace);
            if (!keepTraceparent) {
                // W3C: vendor state belongs to the trace it came with; a new trace starts without it.
                headers.remove(TraceHeaders.TRACESTATE);
            }
        });
    }

    @ResponseFilter
    public void returnRequestId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(REQUEST_ID_ATTRIBUTE, String.class)
            .orElseGet(() -> request.getHeaders().get(TraceHeaders.REQUEST_ID));
        if (id != null) {
            response.headers(headers -> headers.set(TraceHeaders.REQUEST_ID, id));
        }
    }
}
