package org.socialgov.policy.domain;

/**
 * Who has acknowledged what, as the policy's own record holds it now: a reminder to acknowledge is decided on it,
 * never on a read model that may trail an acknowledgement made a moment ago.
 */
public interface PolicyAcknowledgements {

    /** Whether {@code versionNo} is the company's latest published version and the person has not acknowledged it. */
    boolean stillToAcknowledge(String tenant, String policyId, int versionNo, String personId);
}
