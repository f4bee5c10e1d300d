package org.socialgov.policy.web;

import java.time.LocalDate;

import org.socialgov.policy.api.SocialPlatform;
import org.socialgov.policy.query.HandleLookup;
import org.socialgov.policy.query.OfficialAccountView;
import org.socialgov.policy.web.generated.model.OfficialAccount;
import org.socialgov.policy.web.generated.model.OfficialAccountLookup;
import org.socialgov.policy.web.generated.model.OfficialAccountStatus;
import org.socialgov.policy.web.generated.model.PublicOfficialAccount;

/** Between the official accounts' views and the API's models; the two enums share their names by design. */
final class OfficialAccountModelMapper {

    private OfficialAccountModelMapper() {
    }

    static SocialPlatform toDomain(org.socialgov.policy.web.generated.model.SocialPlatform platform) {
        return SocialPlatform.valueOf(platform.name());
    }

    static org.socialgov.policy.api.OfficialAccountStatus toDomain(OfficialAccountStatus status) {
        return status == null ? null : org.socialgov.policy.api.OfficialAccountStatus.valueOf(status.name());
    }

    static OfficialAccount toModel(OfficialAccountView view, LocalDate today) {
        return new OfficialAccount(view.accountId(), toModel(view.platform()), view.handle(), view.url(),
            view.purpose(), view.since(), OfficialAccountStatus.valueOf(view.statusOn(today).name()))
            .retiredOn(view.retiredOn());
    }

    static OfficialAccountLookup toModel(SocialPlatform platform, HandleLookup lookup, LocalDate today) {
        OfficialAccountLookup answer = new OfficialAccountLookup(lookup.official(), toModel(platform),
            lookup.normalisedHandle(), lookup.on());
        if (lookup.account() != null) {
            answer.account(toModel(lookup.account(), today));
        }
        return lookup.official() ? answer.since(lookup.account().since()) : answer;
    }

    /** What the public may know of an account: where it is, what it is for, since when. */
    static PublicOfficialAccount toPublicModel(OfficialAccountView view) {
        return new PublicOfficialAccount(toModel(view.platform()), view.handle(), view.url(), view.purpose(),
            view.since());
    }

    private static org.socialgov.policy.web.generated.model.SocialPlatform toModel(SocialPlatform platform) {
        return org.socialgov.policy.web.generated.model.SocialPlatform.valueOf(platform.name());
    }
}
