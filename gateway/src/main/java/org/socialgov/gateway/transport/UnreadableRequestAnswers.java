package org.socialgov.gateway.transport;

import java.util.Optional;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemJsonErrorResponseProcessor;
import org.socialgov.problem.ProblemType;

/**
 * The answer to a request Netty could not read: a request line or a header block longer than the server reads
 * ({@code micronaut.server.netty.max-initial-line-length}, 4 KB; {@code max-header-size}, 8 KB), or malformed.
 * Micronaut answers those before any filter runs, a line or headers too long with 413 as if the body were too
 * large. Here they are named for what they are, 414 for the line and 431 for the headers (RFC 6585), and every such
 * answer gets the security headers the filter gives all others. Every other error answer is as the services'.
 */
@Singleton
@Replaces(ProblemJsonErrorResponseProcessor.class)
public class UnreadableRequestAnswers extends ProblemJsonErrorResponseProcessor {

    private final SecurityHeadersFilter securityHeaders;
    private final int maxHeaderBytes;
    private final int maxLineBytes;

    public UnreadableRequestAnswers(JsonErrorResponseBodyProvider<?> problems, SecurityHeadersFilter securityHeaders,
                                @Value("${micronaut.server.netty.max-header-size:8192}") int maxHeaderBytes,
                                @Value("${micronaut.server.netty.max-initial-line-length:4096}") int maxLineBytes) {
        super(problems);
        this.securityHeaders = securityHeaders;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext errorContext, MutableHttpResponse<?> response) {
        HttpRequest<?> request = errorContext.getRequest();
        Optional<DecoderResult> unreadable = request instanceof NettyHttpRequest<?> netty
            && netty.getNativeRequest().decoderResult().isFailure()
            ? Optional.of(netty.getNativeRequest().decoderResult()) : Optional.empty();
        if (unreadable.isEmpty()) {
            return super.processResponse(errorContext, response);
        }
        Throwable cause = unreadable.get().cause();
        MutableHttpResponse<Object> answer;
        if (cause instanceof TooLongHttpHeaderException) {
            answer = refuse(request, response, ProblemType.REQUEST_HEADERS_TOO_LARGE,
                "The request's headers add up to more than " + maxHeaderBytes + " bytes; send fewer or shorter ones");
        } else if (cause instanceof TooLongHttpLineException) {
            answer = refuse(request, response, ProblemType.URI_TOO_LONG,
                "The request line (method, path and query) is longer than " + maxLineBytes + " bytes");
        } else {
            answer = super.processResponse(errorContext, response);
        }
        securityHeaders.addSecurityHeaders(request, answer);
        return answer;
    }

    private MutableHttpResponse<Object> refuse(HttpRequest<?> request, MutableHttpResponse<?> response,
                                               ProblemType type, String detail) {
        return super.processResponse(ErrorContext.builder(request).cause(new ProblemException(type, detail))
            .errorMessage(detail).build(), response.status(type.status()));
    }
}
