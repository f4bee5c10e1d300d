package org.socialgov.incident.domain;

import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.ResponseChannel;

/**
 * What a response decision must say. An official response names its channel, the text published and a link to it;
 * one on an official account also names the platform and the handle, so it can be checked against the registered
 * accounts. A decision not to respond gives the reason: silence is a decision too, and it is on the record.
 */
public final class ResponseDecisionRules {

    private ResponseDecisionRules() {
    }

    public static void require(OfficialResponse response, String noResponseReason) {
        if (response == null) {
            if (isBlank(noResponseReason)) {
                throw new IncidentRuleViolationException("Give the official response, or the reason not to respond "
                    + "(noResponseReason)");
            }
            return;
        }
        if (!isBlank(noResponseReason)) {
            throw new IncidentRuleViolationException("Either an official response or a reason not to respond, "
                + "not both");
        }
        if (isBlank(response.text()) || isBlank(response.link())) {
            throw new IncidentRuleViolationException("An official response needs the text published and its link");
        }
        if (response.channel() == ResponseChannel.OFFICIAL_ACCOUNT
            && (response.platform() == null || isBlank(response.handle()))) {
            throw new IncidentRuleViolationException("A response on an official account names the platform and "
                + "the account's handle");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
