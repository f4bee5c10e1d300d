package org.socialgov.policy.domain;

import org.socialgov.platform.axon.NoSuchAggregateException;

/** Nobody of that id is on the asking company's roster; another company's staff is not disclosed. */
public class StaffMemberNotFoundException extends NoSuchAggregateException {

    public StaffMemberNotFoundException(String personId) {
        super(StaffMember.class, personId);
    }
}
