package org.socialgov.gateway.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id and the W3C trace context the gateway puts on every request. A caller's values are kept when they
 * are well formed, so that one id can follow a request from the caller's logs to ours; anything else is replaced,
 * because these values end up in logs and audit metadata.
 */
public final class TraceHeaders {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    /** version-traceid-parentid-flags (W3C Trace Context, level 1), lower-case hex only. */
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceHeaders() {
    }

    static boolean isSaneRequestId(String value) {
        return value != null && SANE_REQUEST_ID.matcher(value).matches();
    }

    /** Well formed, and not one of the all-zero ids the specification declares invalid. */
    static boolean isValidTraceparent(String value) {
        return value != null && TRACEPARENT_FORMAT.matcher(value).matches()
            && !value.substring(3, 35).equals(ZERO_TRACE_ID) && !value.substring(36, 52).equals(ZERO_PARENT_ID);
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** A new trace that this request starts, sampled, so that a tracing backend keeps it. */
    static String newTraceparent() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
