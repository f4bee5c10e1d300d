package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms in which people share the same post, and what must stay apart. */
class PostUrlNormalizationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://x.com/Acme/status/123",
        "http://x.com/acme/status/123/",
        "x.com/acme/status/123",
        "https://twitter.com/ACME/status/123?s=20&t=abc",
        "https://www.twitter.com/acme/status/123#reply",
        "https://mobile.twitter.com/acme/status/123?ref_src=twsrc%5Etfw&utm_source=app&utm_medium=share",
        "HTTPS://M.TWITTER.COM/acme/status/123"
    })
    void givenFormOfTheSamePost_whenNormalised_thenOneForm(String form) {
        assertEquals("x.com/acme/status/123", PostUrlNormalization.normalise(form));
    }

    @Test
    void givenParametersThatNameThePost_whenNormalised_thenKeptAndSorted() {
        assertEquals("youtube.com/watch?list=abc&v=dQw4w9WgXcQ",
            PostUrlNormalization.normalise("https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=abc&si=xyz&feature=share"));
    }

    @Test
    void givenCaseSensitiveCodes_whenNormalised_thenTheirCaseIsKept() {
        assertNotEquals(PostUrlNormalization.normalise("https://www.instagram.com/p/AbC123/"),
            PostUrlNormalization.normalise("https://www.instagram.com/p/abc123/"));
        assertEquals("instagram.com/p/AbC123",
            PostUrlNormalization.normalise("https://www.instagram.com/p/AbC123/?igsh=MXh"));
    }

    @Test
    void givenNoWebAddress_whenNormalised_thenRefused() {
        assertThrows(IncidentRuleViolationException.class, () -> PostUrlNormalization.normalise("just words"));
        assertThrows(IncidentRuleViolationException.class, () -> PostUrlNormalization.normalise(""));
    }
}
