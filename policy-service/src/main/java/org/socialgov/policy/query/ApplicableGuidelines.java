package org.socialgov.policy.query;

import java.util.List;

import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.Standing;

/** The rules that bind a standing (or a person, by their standing) under a version. */
public record ApplicableGuidelines(String personId, Standing standing, int versionNo, List<Guideline> guidelines) {
}
