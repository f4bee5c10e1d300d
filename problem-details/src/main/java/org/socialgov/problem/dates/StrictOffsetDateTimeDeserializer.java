package org.socialgov.problem.dates;

import java.io.IOException;
import java.time.OffsetDateTime;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

/**
 * A body's {@code format: date-time} field read as RFC 3339 ({@link Rfc3339#dateTime}). Primary, so that serde picks
 * it over its own lenient ISO deserializer for the same type; serialisation stays serde's own.
 */
@Singleton
@Primary
public class StrictOffsetDateTimeDeserializer implements Deserializer<OffsetDateTime> {

    @Override
    public OffsetDateTime deserialize(Decoder decoder, DecoderContext context,
                                      Argument<? super OffsetDateTime> type) throws IOException {
        return Rfc3339.dateTime(decoder.decodeString());
    }
}
