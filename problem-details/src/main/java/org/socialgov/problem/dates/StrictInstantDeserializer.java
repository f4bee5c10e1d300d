package org.socialgov.problem.dates;

import java.io.IOException;
import java.time.Instant;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

/**
 * An instant in a body read as an RFC 3339 date-time ({@link Rfc3339#dateTime}). Primary, so that serde picks it
 * over its own lenient deserializer (which also takes epoch numbers); serialisation stays serde's own.
 */
@Singleton
@Primary
public class StrictInstantDeserializer implements Deserializer<Instant> {

    @Override
    public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
        throws IOException {
        return Rfc3339.dateTime(decoder.decodeString()).toInstant();
    }
}
