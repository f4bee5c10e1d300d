package org.socialgov.contract.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Checklist element 1, the scope of the work: where the provider works and how much, in measurable terms. */
public record Scope(Set<SocialPlatform> platforms, int postsPerMonth) {

    public Scope {
        // Always in the enum's order, so that the recorded event reads (and hashes) the same on every run.
        EnumSet<SocialPlatform> ordered = EnumSet.noneOf(SocialPlatform.class);
        ordered.addAll(platforms);
        platforms = Collections.unmodifiableSet(ordered);
    }
}
