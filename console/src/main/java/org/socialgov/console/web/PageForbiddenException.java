package org.socialgov.console.web;

/** The signed-in person's roles do not allow this page. */
public class PageForbiddenException extends RuntimeException {

    public PageForbiddenException(String role) {
        super("This page needs the role " + role);
    }
}
