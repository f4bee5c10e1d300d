package org.socialgov.console.web;

/** The page needs someone signed in, and nobody is (or the session has ended). */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException() {
        super("Sign in first");
    }
}
