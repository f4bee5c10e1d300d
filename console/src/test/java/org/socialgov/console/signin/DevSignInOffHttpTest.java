package org.socialgov.console.signin;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A gateway without development tokens: the console has no development sign-in either. */
@MicronautTest
class DevSignInOffHttpTest extends ConsoleTestSupport {

    @Override
    protected boolean devTokensOn() {
        return false;
    }

    @Test
    void givenGatewayWithoutDevelopmentTokens_thenDevelopmentSignInAnswersNotFound() {
        HttpResponse<String> form = get("/sign-in/dev", null);
        HttpResponse<String> signIn = get("/sign-in", null);

        assertEquals(404, form.statusCode());
        assertEquals(200, signIn.statusCode());
        assertFalse(signIn.body().contains("/sign-in/dev"), signIn.body());
    }
}
