package org.socialgov.platform.eventstore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.socialgov.platform.audit.EventHashChain;
import org.socialgov.platform.audit.StoredEvent;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.store.EmbeddedMongoStore;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A service's database as the timestamp-based engine left it, written in its exact format: Axon's event documents
 * sealed into the hash chain as the sealing engine did, no position, no stream key; a snapshot with a generated id;
 * a processor's timestamp token. Written into the embedded store file the service will open.
 */
final class OldFormatStore implements AutoCloseable {

    static final String TENANT = "acme";
    static final Serializer SERIALIZER = new AxonSerializerFactory()
        .axonSerializer(new AxonSerializerFactory().eventObjectMapper());

    private final EmbeddedMongoStore store;
    private final MongoClient client;
    private final MongoDatabase database;
    private final Map<String, String> lastHashes = new HashMap<>();
    private final List<DomainEventMessage<?>> written = new ArrayList<>();

    OldFormatStore(Path dataDir, String databaseName) {
        store = EmbeddedMongoStore.start(dataDir.resolve(databaseName + ".mv"), 0);
        client = MongoClients.create(store.connectionString());
        database = client.getDatabase(databaseName);
    }

    /** A ledger's opening at sequence 0 or an entry after it, stamped at the given time. */
    DomainEventMessage<?> write(String ledgerId, long sequenceNumber, Instant stampedAt) {
        Object payload = sequenceNumber == 0 ? new LedgerOpenedEvent(ledgerId)
            : new EntryRecordedEvent(ledgerId, 10 * sequenceNumber);
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Ledger", ledgerId, sequenceNumber, payload,
            MetaData.with(AuditMetaData.TENANT, TENANT), UUID.randomUUID().toString(), stampedAt);
        String previous = lastHashes.getOrDefault(ledgerId, EventHashChain.GENESIS);
        String hash = EventHashChain.hash(previous, StoredEvent.of(event, SERIALIZER));
        DomainEventMessage<?> sealed = event.andMetaData(Map.of(EventHashChain.HASH, hash,
            EventHashChain.PREVIOUS_HASH, previous));
        database.getCollection("domainevents").insertOne(
            new EventEntry(sealed, SERIALIZER).asDocument(EventDocuments.FIELDS));
        lastHashes.put(ledgerId, hash);
        written.add(sealed);
        return sealed;
    }

    /** A ledger's snapshot as Axon's Mongo engine stored it: under a generated id, found by aggregate id. */
    void snapshot(String ledgerId, long sequenceNumber, long balance) {
        Document snapshot = new EventEntry(new GenericDomainEventMessage<>("Ledger", ledgerId, sequenceNumber,
            "placeholder"), SERIALIZER).asDocument(EventDocuments.FIELDS);
        snapshot.put(EventDocuments.FIELDS.payloadTypeProperty(), Ledger.class.getName());
        snapshot.put(EventDocuments.FIELDS.payloadProperty(),
            "{\"ledgerId\":\"" + ledgerId + "\",\"balance\":" + balance + "}");
        database.getCollection("snapshotevents").insertOne(snapshot);
    }

    /** A processor's token as MongoTokenStore stored it. */
    void token(String processor, TrackingToken token) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(token, byte[].class);
        database.getCollection("trackingtokens").insertOne(new Document("processorName", processor)
            .append("segment", 0).append("owner", null).append("timestamp", 0L)
            .append("token", serialized.getData()).append("tokenType", serialized.getType().getName()));
    }

    MongoDatabase database() {
        return database;
    }

    List<DomainEventMessage<?>> written() {
        return List.copyOf(written);
    }

    @Override
    public void close() {
        client.close();
        store.close();
    }
}
