package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.Reach;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;

/** The table in SeveritySuggestion's javadoc, row by row, at the edges of the reach levels. */
class SeveritySuggestionTest {

    @ParameterizedTest(name = "{0} {1} followers={2} reposts={3} replies={4} -> {5}")
    @CsvSource({
        "CONFIDENTIAL_INFORMATION_LEAK, NEUTRAL,  10,     0,   0,   P1",
        "BACKLASH,                      NEGATIVE, 10000,  0,   0,   P1",
        "LEGAL_RISK,                    NEGATIVE, 0,      500, 0,   P1",
        "BACKLASH,                      MIXED,    10000,  0,   0,   P2",
        "LEGAL_RISK,                    NEGATIVE, 9999,   499, 499, P2",
        "IMPERSONATION,                 NEUTRAL,  0,      0,   0,   P2",
        "RUMOUR_OR_MISINFORMATION,      NEGATIVE, 0,      0,   500, P2",
        "RUMOUR_OR_MISINFORMATION,      NEGATIVE, 9999,   0,   0,   P3",
        "EMPLOYEE_CONDUCT,              POSITIVE, 0,      0,   0,   P3",
        "COMPLAINT,                     NEGATIVE, 1000,   0,   0,   P3",
        "COMPLAINT,                     MIXED,    0,      50,  0,   P3",
        "COMPLAINT,                     NEGATIVE, 999,    49,  49,  P4",
        "COMPLAINT,                     NEUTRAL,  50000,  0,   0,   P4",
        "OTHER,                         NEUTRAL,  50000,  0,   0,   P4",
        "OTHER,                         POSITIVE, 0,      0,   0,   P5",
        "PRAISE,                        POSITIVE, 90000,  900, 900, P5",
        "PRAISE,                        MIXED,    0,      0,   0,   P5"
    })
    void givenReport_whenSeveritySuggested_thenAsTheTableSays(IncidentCategory category, Sentiment sentiment,
                                                              long followers, long reposts, long replies,
                                                              Severity expected) {
        assertEquals(expected, SeveritySuggestion.suggest(category, sentiment, new Reach(followers, reposts,
            replies)));
    }
}
