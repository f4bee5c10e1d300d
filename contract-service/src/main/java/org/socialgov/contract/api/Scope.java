package org.socialgov.contract.api;

import java.util.Set;

/** Checklist element 1, the scope of the work: where the provider works and how much, in measurable terms. */
public record Scope(Set<SocialPlatform> platforms, int postsPerMonth) {

    public Scope {
        platforms = Set.copyOf(platforms);
    }
}
