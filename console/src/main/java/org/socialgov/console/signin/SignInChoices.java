package org.socialgov.console.signin;

/**
 * The sign-in page: with the company's identity provider (when configured), with the development sign-in (while
 * the gateway's development tokens are on), and whether the last attempt with the identity provider failed.
 */
public record SignInChoices(boolean identityProvider, boolean development, boolean failed) {

    /** Micronaut Security's sign-in route for the client configured as {@code company}. */
    public String identityProviderPath() {
        return "/oauth/login/company";
    }
}
