package org.socialgov.platform.identity;

import org.socialgov.problem.ProblemJsonErrorResponseBodyProvider;

/**
 * Keys of the metadata every event carries, so that an auditor can tell who did what, for which tenant, and why.
 */
public final class AuditMetaData {

    public static final String TENANT = "tenant";
    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    /**
     * The machine client that acted, when one did (OAuth client credentials): an agency's own tool and an admin's
     * client acting as that agency share the actor, and only this tells them apart. Absent for a person.
     */
    public static final String CLIENT_ID = "clientId";
    public static final String REASON = "reason";
    public static final String REQUEST_ID = "requestId";
    public static final String TRACEPARENT = "traceparent";
    /**
     * The client's Idempotency-Key, so that the effect of a request whose answer was lost in a crash can be found
     * on the record before it is retried.
     */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Set by Axon: the id of the message that caused this one. */
    public static final String CORRELATION_ID = "correlationId";

    /** Request headers the services read the non-identity parts from. */
    public static final String REQUEST_ID_HEADER = ProblemJsonErrorResponseBodyProvider.REQUEST_ID_HEADER;
    public static final String REASON_HEADER = "X-Change-Reason";
    public static final String TRACEPARENT_HEADER = "traceparent";
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private AuditMetaData() {
    }
}
