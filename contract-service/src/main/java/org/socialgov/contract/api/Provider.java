package org.socialgov.contract.api;

/** The party that operates the client's accounts; {@code providerId} is its identity at the gateway. */
public record Provider(String providerId, String name, ProviderKind kind) {
}
