package org.socialgov.incident.domain;

import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.Reach;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;

/**
 * The severity the rules suggest for a new report; triage may overrule it, with a reason. Reach counts as
 * <em>large</em> from 10,000 followers, 500 reposts or 500 replies, as <em>some</em> from 1,000 followers, 50 reposts
 * or 50 replies, else <em>little</em>.
 *
 * <pre>
 * category                              sentiment              reach           severity
 * CONFIDENTIAL_INFORMATION_LEAK         any                    any             P1
 * LEGAL_RISK, BACKLASH                  any                    large           P1 if NEGATIVE, else P2
 * LEGAL_RISK, BACKLASH                  any                    some or little  P2
 * IMPERSONATION                         any                    any             P2
 * RUMOUR_OR_MISINFORMATION              any                    large           P2
 * RUMOUR_OR_MISINFORMATION              any                    some or little  P3
 * EMPLOYEE_CONDUCT                      any                    any             P3
 * COMPLAINT                             NEGATIVE or MIXED      large or some   P3
 * COMPLAINT                             otherwise                              P4
 * PRAISE                                any                    any             P5
 * OTHER                                 POSITIVE               any             P5
 * OTHER                                 otherwise                              P4
 * </pre>
 * A leak cannot be taken back and a large negative backlash moves within hours, hence P1; praise needs no more than a
 * thank-you, hence P5.
 */
public final class SeveritySuggestion {

    static final long LARGE_FOLLOWERS = 10_000;
    static final long LARGE_ENGAGEMENT = 500;
    static final long SOME_FOLLOWERS = 1_000;
    static final long SOME_ENGAGEMENT = 50;

    private SeveritySuggestion() {
    }

    public static Severity suggest(IncidentCategory category, Sentiment sentiment, Reach reach) {
        boolean large = isLarge(reach);
        boolean some = large || reach.followers() >= SOME_FOLLOWERS || reach.reposts() >= SOME_ENGAGEMENT
            || reach.replies() >= SOME_ENGAGEMENT;
        return switch (category) {
            case CONFIDENTIAL_INFORMATION_LEAK -> Severity.P1;
            case LEGAL_RISK, BACKLASH -> large && sentiment == Sentiment.NEGATIVE ? Severity.P1 : Severity.P2;
            case IMPERSONATION -> Severity.P2;
            case RUMOUR_OR_MISINFORMATION -> large ? Severity.P2 : Severity.P3;
            case EMPLOYEE_CONDUCT -> Severity.P3;
            case COMPLAINT -> some && (sentiment == Sentiment.NEGATIVE || sentiment == Sentiment.MIXED)
                ? Severity.P3 : Severity.P4;
            case PRAISE -> Severity.P5;
            case OTHER -> sentiment == Sentiment.POSITIVE ? Severity.P5 : Severity.P4;
        };
    }

    private static boolean isLarge(Reach reach) {
        return reach.followers() >= LARGE_FOLLOWERS || reach.reposts() >= LARGE_ENGAGEMENT
            || reach.replies() >= LARGE_ENGAGEMENT;
    }
}
