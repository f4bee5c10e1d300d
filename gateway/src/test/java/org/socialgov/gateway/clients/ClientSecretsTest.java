package org.socialgov.gateway.clients;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientSecretsTest {

    private final ClientSecrets secrets = new ClientSecrets();

    @Test
    void givenNewSecret_thenItIs256RandomBitsBehindARecognisablePrefix() {
        ClientSecrets.NewSecret secret = secrets.newSecret();

        assertTrue(secret.value().startsWith("sgs_"), secret.value());
        assertEquals(32, Base64.getUrlDecoder().decode(secret.value().substring(4)).length);
        assertFalse(secret.toString().contains(secret.value()), "a secret never shows in a log line");
    }

    @Test
    void givenStoredSaltAndHash_thenOnlyTheSecretItselfMatches() {
        ClientSecrets.NewSecret secret = secrets.newSecret();

        assertTrue(secrets.matches(secret.value(), secret.salt(), secret.hash()));
        assertFalse(secrets.matches(secret.value() + "x", secret.salt(), secret.hash()));
        assertFalse(secrets.matches(secrets.newSecret().value(), secret.salt(), secret.hash()));
        assertFalse(secrets.matches(null, secret.salt(), secret.hash()));
    }

    @Test
    void givenManyIdsAndSecrets_thenNoneRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(secrets.newClientId()));
            assertTrue(seen.add(secrets.newSecret().value()));
        }
    }
}
