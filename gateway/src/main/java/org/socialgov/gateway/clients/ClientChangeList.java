package org.socialgov.gateway.clients;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** Changes of access, newest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientChangeList(List<ClientChange> changes) {
}
