package org.socialgov.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The rules of the X-Change-Reason header's value, one by one. */
class ChangeReasonTest {

    @Test
    void givenPlainAsciiReason_thenRecordedAsItIs() {
        assertEquals(Optional.of("Quarterly review (Q3) + renewal"),
            ChangeReason.decode("Quarterly review (Q3) + renewal"), "'+' is a plus, not a space");
    }

    @Test
    void givenPercentEncodedUtf8InEitherCase_thenDecoded() {
        assertEquals(Optional.of("für 100% – ok"), ChangeReason.decode("f%c3%bcr 100%25 %E2%80%93 ok"));
    }

    @Test
    void givenBlankReason_thenNoReason() {
        assertEquals(Optional.empty(), ChangeReason.decode("  "));
        assertEquals(Optional.empty(), ChangeReason.decode("%20%20"));
    }

    @Test
    void givenBytesThatAreNotAscii_thenRefused() {
        assertRefused("fÃ¼r", "printable ASCII");
        assertRefused("tab\there", "printable ASCII");
    }

    @Test
    void givenEscapesThatAreMalformedOrNotUtf8OrControlCharacters_thenRefused() {
        assertRefused("5%", "%25");
        assertRefused("%G1", "%25");
        assertRefused("%C3", "not UTF-8");
        assertRefused("%C0%AF", "not UTF-8");
        assertRefused("a%00b", "control characters");
        assertRefused("two%0D%0Alines", "control characters");
    }

    @Test
    void givenMoreThanFiveHundredCharactersOnceDecoded_thenRefused() {
        assertEquals(500, ChangeReason.decode("%F0%9F%98%80".repeat(500)).orElseThrow().codePointCount(0, 1000),
            "500 characters outside the BMP are 500, not 1000");
        assertRefused("%F0%9F%98%80".repeat(501), "longer than 500");
    }

    @Test
    void givenRead_thenNoReasonWhateverTheHeaderSays() {
        assertEquals(Optional.empty(), ChangeReason.of(HttpRequest.GET("/incidents/i-1")
            .header(AuditMetaData.REASON_HEADER, "fÃ¼r")), "a recorded read has no reason to give");
        assertThrows(ProblemException.class, () -> ChangeReason.of(HttpRequest.POST("/incidents", "")
            .header(AuditMetaData.REASON_HEADER, "fÃ¼r")));
    }

    @Test
    void givenTwoReasons_thenRefused() {
        ProblemException refused = assertThrows(ProblemException.class, () -> ChangeReason.of(
            HttpRequest.DELETE("/contracts/c-1/subcontractors/s-1").header(AuditMetaData.REASON_HEADER, "one")
                .header(AuditMetaData.REASON_HEADER, "two")));
        assertEquals("Header 'X-Change-Reason' is given more than once", refused.getMessage());
    }

    private static void assertRefused(String header, String why) {
        ProblemException refused = assertThrows(ProblemException.class, () -> ChangeReason.decode(header));
        assertEquals(ProblemType.INVALID_REQUEST, refused.problemType());
        assertTrue(refused.getMessage().startsWith("Header 'X-Change-Reason' "), refused.getMessage());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }
}
