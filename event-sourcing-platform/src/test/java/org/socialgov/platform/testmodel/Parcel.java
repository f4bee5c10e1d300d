package org.socialgov.platform.testmodel;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** A test-only body with the kinds of fields the specs declare: an enumeration, a number, a list, a nested object. */
@Serdeable
public record Parcel(@NotNull ParcelKind kind, int weight, @Nullable List<String> labels, @Nullable Address to) {

    @Serdeable
    public record Address(String street, @Nullable ParcelKind accepts) {
    }
}
