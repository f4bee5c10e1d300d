package org.socialgov.incident.domain;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.ResponseChannel;
import org.socialgov.platform.handles.InvalidHandleException;
import org.socialgov.platform.handles.ProfileHandles;
import org.socialgov.platform.upstream.UpstreamBehindException;

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

    /**
     * An official response on an official account is made through one of the company's registered accounts, official
     * on the day of the decision (as policy-service records it now); anything else would be someone speaking for the
     * company on their own. The handle may be given in any form the official-account lookup understands ("@AcmeHelp",
     * "https://x.com/AcmeHelp"), and the link must be a post of that account, so that the record shows the company
     * speaking there and not a post someone else published.
     */
    public static void requireRegisteredAccount(OfficialResponse response, String tenant, LocalDate day,
                                                OfficialAccounts accounts) {
        if (response == null || response.channel() != ResponseChannel.OFFICIAL_ACCOUNT) {
            return;
        }
        String handle = normalisedHandle(response, tenant, day);
        boolean registered;
        try {
            registered = registered(accounts.confirmedActiveOn(tenant, day), response, handle);
        } catch (UpstreamBehindException unconfirmed) {
            // policy-service's record cannot be read up to date: an account known here to be official still serves.
            if (!registered(accounts.activeOn(tenant, day), response, handle)) {
                throw unconfirmed;
            }
            registered = true;
        }
        if (!registered) {
            throw notOfficial(response, tenant, day);
        }
        if (!ProfileHandles.isPostOf(response.platform().name(), handle, response.link())) {
            throw new ResponseLinkNotOfAccountException("link: " + response.link().strip() + " is not a post of "
                + response.handle().strip() + " on " + response.platform() + "; give the address of the response "
                + "as that account published it, under the account's profile address");
        }
    }

    /** The handle as the official-account lookup normalises it; what names no profile cannot be an official one. */
    private static String normalisedHandle(OfficialResponse response, String tenant, LocalDate day) {
        try {
            return ProfileHandles.normalise(response.platform().name(), response.handle());
        } catch (InvalidHandleException invalid) {
            throw notOfficial(response, tenant, day);
        }
    }

    private static ResponseAccountNotOfficialException notOfficial(OfficialResponse response, String tenant,
                                                                   LocalDate day) {
        return new ResponseAccountNotOfficialException(response.handle().strip() + " on " + response.platform()
            + " is not a registered official account of " + tenant + " on " + day + "; respond through one of "
            + "the official accounts registered in the social media policy, or through the website");
    }

    private static boolean registered(List<OfficialAccountHandle> official, OfficialResponse response,
                                      String handle) {
        return official.stream().anyMatch(account -> account.platform() == response.platform()
            && account.normalisedHandle().equals(handle));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
