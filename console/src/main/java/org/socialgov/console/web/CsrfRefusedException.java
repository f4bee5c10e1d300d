package org.socialgov.console.web;

/** A change came without the session's CSRF token (or with another): refused before anything is done. */
public class CsrfRefusedException extends RuntimeException {

    public CsrfRefusedException() {
        super("Missing or wrong CSRF token");
    }
}
