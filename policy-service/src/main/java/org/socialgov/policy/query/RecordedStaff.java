package org.socialgov.policy.query;

import java.util.Optional;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.domain.StaffMember;
import org.socialgov.policy.domain.StaffMemberState;
import org.socialgov.policy.domain.StaffRecords;

/**
 * Each person's staff record read from its own events: its identifier follows from the company and the person, so
 * no read model is needed to find it, and a record registered a moment ago is already there.
 */
@Singleton
public class RecordedStaff implements StaffRecords {

    private final AggregateReader aggregateReader;

    public RecordedStaff(AggregateReader aggregateReader) {
        this.aggregateReader = aggregateReader;
    }

    @Override
    public Optional<StaffMemberState> find(String tenant, String personId) {
        return read(tenant, personId).map(AggregateReader.Versioned::value);
    }

    /** The record with its version (the sequence number of its latest event). */
    Optional<AggregateReader.Versioned<StaffMemberState>> read(String tenant, String personId) {
        AggregateReader.Versioned<StaffMemberState> read;
        try {
            read = aggregateReader.read(StaffMember.class, StaffMemberId.of(tenant, personId), StaffMember::state);
        } catch (NoSuchAggregateException notRegistered) {
            return Optional.empty();
        }
        // The identifier already names the tenant; this keeps a mistake there from ever showing another's staff.
        return Optional.of(read).filter(found -> found.value().tenant().equals(tenant));
    }
}
