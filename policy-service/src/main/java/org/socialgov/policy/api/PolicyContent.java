package org.socialgov.policy.api;

import java.util.List;

/**
 * What a version of the policy says: why the company uses social media, that official statements are made elsewhere
 * (website, press releases) and not by every post of an official account, how questions asked on social media are
 * handled, whether staff are welcome to use social media personally, and the employee guidelines.
 */
public record PolicyContent(List<String> purposes, String officialStatementNote, String questionsHandling,
                            boolean personalUseWelcome, List<Guideline> guidelines) {

    public PolicyContent {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    }
}
