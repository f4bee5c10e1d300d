package org.socialgov.gateway.clients;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A company's clients, oldest first, revoked ones included: access once given stays on view. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientList(List<RegisteredClient> clients) {
}
