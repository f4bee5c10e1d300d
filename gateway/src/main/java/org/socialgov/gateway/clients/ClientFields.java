package org.socialgov.gateway.clients;

/** Field names of the stored client and change documents, shared by the registry and the change log. */
final class ClientFields {

    static final String CLIENT_ID = "clientId";
    static final String TENANT = "tenant";
    static final String NAME = "name";
    static final String ROLES = "roles";
    static final String PROVIDER_ID = "providerId";
    static final String SECRET_SALT = "secretSalt";
    static final String SECRET_HASH = "secretHash";
    static final String SECRET_GENERATION = "secretGeneration";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String CREATED_BY = "createdBy";
    static final String ROTATED_AT = "rotatedAt";
    static final String ROTATED_BY = "rotatedBy";
    static final String REVOKED_AT = "revokedAt";
    static final String REVOKED_BY = "revokedBy";
    static final String CHANGE = "change";
    static final String AT = "at";
    static final String BY = "by";
    static final String SUBJECT = "subject";

    private ClientFields() {
    }
}
