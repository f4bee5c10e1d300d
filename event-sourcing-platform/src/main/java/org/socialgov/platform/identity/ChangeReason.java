package org.socialgov.platform.identity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Why a change is made, as the client gives it in {@code X-Change-Reason}. HTTP carries header values as bytes that
 * the server reads as ISO-8859-1, so UTF-8 text sent as it is ("für") would be read as other characters ("fÃ¼r")
 * and recorded garbled for good. The header therefore carries printable ASCII only, every other character (and
 * {@code %} itself) percent-encoded as UTF-8 (RFC 3986); a value that breaks this is refused, never recorded as
 * something the client did not write.
 */
public final class ChangeReason {

    /** Characters (Unicode code points) of the decoded reason. */
    public static final int MAX_LENGTH = 500;
    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
        HttpMethod.DELETE);

    private ChangeReason() {
    }

    /**
     * The reason of this request, decoded; empty if none was given, or if the request only reads (a read may be
     * recorded, an officer's unredacted one say, but it has no reason to give); refused with 400 if not well-formed.
     */
    public static Optional<String> of(HttpRequest<?> request) {
        if (!CHANGES.contains(request.getMethod())) {
            return Optional.empty();
        }
        List<String> values = request.getHeaders().getAll(AuditMetaData.REASON_HEADER);
        if (values.size() > 1) {
            throw refused("is given more than once");
        }
        return values.isEmpty() ? Optional.empty() : decode(values.get(0));
    }

    static Optional<String> decode(String header) {
        if (header.isBlank()) {
            return Optional.empty();
        }
        String reason = utf8(percentDecoded(header));
        if (reason.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("must not contain control characters");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_LENGTH) {
            throw refused("is longer than " + MAX_LENGTH + " characters once decoded");
        }
        return reason.isBlank() ? Optional.empty() : Optional.of(reason);
    }

    private static byte[] percentDecoded(String header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw refused("must be printable ASCII: send any other character percent-encoded as UTF-8"
                    + " (ü as %C3%BC)");
            }
            if (c != '%') {
                bytes.write(c);
            } else if (i + 2 < header.length() && hexDigit(header.charAt(i + 1)) >= 0
                && hexDigit(header.charAt(i + 2)) >= 0) {
                bytes.write(hexDigit(header.charAt(i + 1)) * 16 + hexDigit(header.charAt(i + 2)));
                i += 2;
            } else {
                throw refused("has a '%' that does not begin an escape such as %C3; write '%' itself as %25");
            }
        }
        return bytes.toByteArray();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("is not UTF-8 once percent-decoded");
        }
    }

    private static int hexDigit(char c) {
        return Character.digit(c, 16);
    }

    private static ProblemException refused(String why) {
        return new ProblemException(ProblemType.INVALID_REQUEST, "Header '" + AuditMetaData.REASON_HEADER + "' "
            + why);
    }
}
