package org.socialgov.platform.axon;

import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

/** A tracking processor's token as the token store holds it: its stored size, and the token itself. */
final class StoredTokens {

    private final MongoDatabase database;
    private final Serializer serializer;

    StoredTokens(MongoDatabase database, Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
    }

    /** Bytes of the serialised token of the processor's segment 0; 0 before it stored one. */
    int storedSize(String processor) {
        return entry(processor).map(entry -> entry.get("token", Binary.class))
            .map(token -> token.getData().length).orElse(0);
    }

    Optional<TrackingToken> token(String processor) {
        return entry(processor).filter(entry -> entry.get("token") != null)
            .map(entry -> serializer.deserialize(new SimpleSerializedObject<>(
                entry.get("token", Binary.class).getData(), byte[].class, entry.getString("tokenType"), null)));
    }

    private Optional<Document> entry(String processor) {
        return Optional.ofNullable(database.getCollection("trackingtokens")
            .find(new Document("processorName", processor).append("segment", 0)).first());
    }
}
