package org.socialgov.platform.audit;

import io.micronaut.serde.annotation.Serdeable;

/** One field that differs between two versions, by its JSON path; absent on one side means added or removed. */
@Serdeable
public record FieldChange(String path, Object before, Object after) {
}
