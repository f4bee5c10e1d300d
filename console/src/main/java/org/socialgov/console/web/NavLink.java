package org.socialgov.console.web;

/** One entry of the navigation: where it goes and what it says. */
public record NavLink(String href, String label) {
}
