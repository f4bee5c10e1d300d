package org.socialgov.problem.dates;

import java.io.IOException;
import java.time.LocalDate;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

/**
 * A body's {@code format: date} field read as RFC 3339 ({@link Rfc3339#date}). Primary, so that serde picks it over
 * its own lenient ISO deserializer for the same type; serialisation stays serde's own.
 */
@Singleton
@Primary
public class StrictLocalDateDeserializer implements Deserializer<LocalDate> {

    @Override
    public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
        throws IOException {
        return Rfc3339.date(decoder.decodeString());
    }
}
