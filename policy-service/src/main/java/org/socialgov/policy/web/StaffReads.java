package org.socialgov.policy.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.policy.api.FindStaffMemberQuery;
import org.socialgov.policy.api.ListStaffQuery;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.query.RosterPage;
import org.socialgov.policy.query.StaffMemberView;
import org.socialgov.policy.web.generated.model.StaffMember;

/** Who is asking, and reading the roster the way that caller may see it. */
@Singleton
class StaffReads {

    private final QueryGateway queryGateway;
    private final CurrentIdentity currentIdentity;

    StaffReads(QueryGateway queryGateway, CurrentIdentity currentIdentity) {
        this.queryGateway = queryGateway;
        this.currentIdentity = currentIdentity;
    }

    RequestIdentity caller() {
        return currentIdentity.require();
    }

    RosterPage roster(Standing standing, int limit, String after) {
        return queryGateway.query(new ListStaffQuery(caller().tenant(), standing, limit, after), RosterPage.class)
            .join();
    }

    /** The person's entry as it stands now, with its version as ETag. */
    MutableHttpResponse<StaffMember> current(String personId) {
        return respond(HttpResponse.ok(), personId);
    }

    /** As {@link #current(String)}, in the response given (e.g. 201 Created). */
    MutableHttpResponse<StaffMember> respond(MutableHttpResponse<?> response, String personId) {
        RequestIdentity caller = caller();
        StaffMemberView view = queryGateway.query(new FindStaffMemberQuery(caller.tenant(), personId,
            ownEntryOnlyFor(caller)), StaffMemberView.class).join();
        return response.body(StaffModelMapper.toModel(view.staffMember()))
            .header(HttpHeaders.ETAG, EntityTags.of(view.version()));
    }

    /** Compliance officers and auditors read every entry of their company; an employee only their own. */
    private static String ownEntryOnlyFor(RequestIdentity caller) {
        boolean readsAll = caller.hasRole(Roles.COMPLIANCE_OFFICER) || caller.hasRole(Roles.AUDITOR);
        return readsAll ? null : caller.actor();
    }
}
