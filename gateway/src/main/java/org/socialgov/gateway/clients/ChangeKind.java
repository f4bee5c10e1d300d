package org.socialgov.gateway.clients;

/** What happened to a client's access. */
public enum ChangeKind {
    REGISTERED,
    SECRET_ROTATED,
    REVOKED
}
