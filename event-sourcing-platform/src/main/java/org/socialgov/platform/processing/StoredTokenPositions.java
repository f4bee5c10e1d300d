package org.socialgov.platform.processing;

import static com.mongodb.client.model.Filters.eq;

import java.util.OptionalLong;

import jakarta.inject.Singleton;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Where a processor stands according to its stored token, read without claiming it (Axon's token store can only
 * fetch a token by claiming it): for a processor that is not running, whose position is not in memory.
 */
@Singleton
class StoredTokenPositions {

    private final MongoTemplate collections;
    private final Serializer serializer;

    StoredTokenPositions(MongoTemplate collections, Serializer serializer) {
        this.collections = collections;
        this.serializer = serializer;
    }

    /** The lowest position of the processor's segments; empty before it stored a token. */
    OptionalLong of(String processor) {
        long lowest = Long.MAX_VALUE;
        for (Document entry : collections.trackingTokensCollection().find(eq("processorName", processor))) {
            Binary token = entry.get("token", Binary.class);
            if (token != null) {
                TrackingToken stored = serializer.deserialize(new SimpleSerializedObject<>(token.getData(),
                    byte[].class, entry.getString("tokenType"), null));
                OptionalLong position = stored.position();
                if (position.isPresent()) {
                    lowest = Math.min(lowest, position.getAsLong());
                }
            }
        }
        return lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
    }
}
