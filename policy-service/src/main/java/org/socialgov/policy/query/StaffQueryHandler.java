package org.socialgov.policy.query;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.FindStaffMemberQuery;
import org.socialgov.policy.api.ListStaffQuery;
import org.socialgov.policy.domain.StaffMemberNotFoundException;
import org.socialgov.policy.domain.StaffMemberState;

/**
 * Answers questions about the staff: one person from their own record, the roster a page at a time from its read
 * model.
 */
@AxonMessageHandlers
public class StaffQueryHandler {

    private final RecordedStaff staff;
    private final StaffRoster roster;

    public StaffQueryHandler(RecordedStaff staff, StaffRoster roster) {
        this.staff = staff;
        this.roster = roster;
    }

    @QueryHandler
    public StaffMemberView handle(FindStaffMemberQuery query) {
        // An employee knows of no one's entry but their own: decided before anything is read, so another person's
        // entry answers exactly as a missing one does.
        if (query.ownEntryOnlyFor() != null && !query.ownEntryOnlyFor().equals(query.personId())) {
            throw new StaffMemberNotFoundException(query.personId());
        }
        AggregateReader.Versioned<StaffMemberState> read = staff.read(query.tenant(), query.personId())
            .orElseThrow(() -> new StaffMemberNotFoundException(query.personId()));
        return new StaffMemberView(read.value(), read.version());
    }

    @QueryHandler
    public RosterPage handle(ListStaffQuery query) {
        return roster.page(query.tenant(), query.standing(), query.limit(), query.after());
    }
}
