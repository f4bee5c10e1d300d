package org.socialgov.console.employee;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/policies/{id}/applicability?personId=}: the rules that bind this person by their standing. */
@Serdeable
public record Applicability(String standing, List<PolicyInForce.Guideline> guidelines) {
}
