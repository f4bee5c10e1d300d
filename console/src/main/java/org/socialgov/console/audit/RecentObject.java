package org.socialgov.console.audit;

/** One object in the start page's list of recent ones: its id, its name and a few words about it. */
public record RecentObject(String id, String name, String about) {
}
