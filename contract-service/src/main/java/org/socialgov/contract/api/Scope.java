package org.socialgov.contract.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checklist element 1, the scope of the work: on which platforms and accounts, which tasks, and how much — in
 * measurable terms, such as posts per month.
 */
public record Scope(Set<SocialPlatform> platforms, List<String> accounts, Set<ContractTask> tasks,
                    Integer postsPerMonth) {

    public Scope {
        // Always in the enums' order, so that the recorded event reads (and hashes) the same on every run.
        platforms = ordered(platforms, SocialPlatform.class);
        tasks = ordered(tasks, ContractTask.class);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** Whether the scope says how much work is due, so that delivery can be checked. */
    public boolean isMeasurable() {
        return postsPerMonth != null && postsPerMonth > 0;
    }

    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        EnumSet<E> ordered = EnumSet.noneOf(type);
        if (values != null) {
            ordered.addAll(values);
        }
        return Collections.unmodifiableSet(ordered);
    }
}
