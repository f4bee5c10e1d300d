package org.socialgov.console.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The API's answer to an acknowledgement: the first one, if the person had already acknowledged. */
@Serdeable
public record Acknowledgement(String personId, Instant acknowledgedAt, @Nullable String channel) {
}
