package org.socialgov.console.web;

/** Nothing to show at this address: a missing object, or one of another company, alike. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super("No such page");
    }
}
