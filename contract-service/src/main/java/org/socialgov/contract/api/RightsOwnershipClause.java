package org.socialgov.contract.api;

/** Checklist element 7: ownership of rights in posts, images, articles, and inventions made during the work. */
public record RightsOwnershipClause(RightsOwner owner, boolean coversInventions) {
}
