package org.socialgov.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A projection's writes to one read model, collected over the batch of events its processor handles in one unit of
 * work and written with one {@code bulkWrite} at the end of the batch ({@link ReadModelFlush}), before the
 * processor's token: on the embedded store every write command is a durable commit, so a rebuild or a catch-up pays
 * one per batch rather than one per event. Within the batch it reads its own writes.
 * <p>
 * It keeps the guard that makes projections idempotent (ARCHITECTURE.md, decision 1): each document records the
 * sequence number of the last event of its aggregate applied ({@code versionField}), and a change for an event at or
 * below it is dropped. The documents a batch touches are read once, by {@code _id $in} the aggregates of the batch's
 * events (what the embedded store serves by index); any other id is read when first asked for. A handler that fails
 * leaves the batch's writes unwritten; a write the store refuses fails its event ({@link ReadModelWriteException}),
 * what was written before it staying. Either way the processor handles the batch again, and the guard passes over
 * what was written.
 * <p>
 * Outside a processor's unit of work (a test calling a handler) every write goes to the store at once.
 */
public final class ReadModelWrites {

    private static final String RESOURCE = ReadModelWrites.class.getName() + "/";

    private final MongoCollection<Document> readModel;
    private final String versionField;
    /** The documents as the batch has left them so far, by id; null where none exists. */
    private final Map<Object, Document> known = new HashMap<>();
    /** Ids whose document the store has changed with an update operator since read: their content is not known. */
    private final Set<Object> changedByOperators = new LinkedHashSet<>();
    /** New documents: written first, since no change in the batch can precede the creation of its document. */
    private final List<Pending> creations = new ArrayList<>();
    private final List<Pending> changes = new ArrayList<>();
    /** Where each document's pending changes are in {@link #changes}; a superseded change's place is left null. */
    private final Map<Object, List<Integer>> changeSlots = new HashMap<>();
    private final boolean writeThrough;

    private ReadModelWrites(MongoCollection<Document> readModel, String versionField, boolean writeThrough) {
        this.readModel = readModel;
        this.versionField = versionField;
        this.writeThrough = writeThrough;
    }

    /** The writes to this read model in the current batch of events, whose documents are the events' aggregates'. */
    public static ReadModelWrites to(MongoCollection<Document> readModel, String versionField) {
        return to(readModel, versionField, ReadModelWrites::aggregateOf);
    }

    /**
     * The writes to this read model in the current batch of events; {@code documentsOf} names the documents an event
     * will read, so that the batch reads them all at once.
     */
    public static ReadModelWrites to(MongoCollection<Document> readModel, String versionField,
                                     Function<EventMessage<?>, Collection<?>> documentsOf) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ReadModelWrites(readModel, versionField, true);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        String key = RESOURCE + readModel.getNamespace().getFullName();
        return unitOfWork.getOrComputeResource(key, ignored -> {
            ReadModelWrites writes = new ReadModelWrites(readModel, versionField, false);
            writes.readAhead(unitOfWork, documentsOf);
            return writes;
        });
    }

    /** Whether the document exists and has not applied the event at {@code sequence} yet. */
    public boolean awaits(Object id, long sequence) {
        return version(id).map(applied -> applied < sequence).orElse(false);
    }

    /** The document as it stands, if it exists and has not applied the event at {@code sequence} yet. */
    public Optional<Document> awaiting(Object id, long sequence) {
        return awaits(id, sequence) ? current(id) : Optional.empty();
    }

    /** The document as it stands (a copy to change and {@link #replace}), if it exists. */
    public Optional<Document> current(Object id) {
        version(id);
        if (changedByOperators.remove(id)) {
            // Only the store knows what its operators made of it: write what is pending, then read it again.
            flush();
            known.put(id, readModel.find(eq("_id", id)).first());
        }
        return Optional.ofNullable(known.get(id)).map(Document::new);
    }

    /**
     * Creates the document with these fields (its version among them) unless it exists: the first event of an
     * aggregate creates it once, and a redelivery finds it there and inserts nothing.
     */
    public void insertOnce(Object id, Document fields) {
        if (version(id).isPresent()) {
            return;
        }
        Document created = new Document(fields).append("_id", id);
        known.put(id, created);
        // Known to be absent, and this processor is the read model's one writer: an insert, which on the embedded
        // store saves the index lookup of an upsert.
        write(creations, id, new InsertOneModel<>(new Document(created)));
    }

    /**
     * Applies update operators ({@code $set}, {@code $inc}, {@code $push}...) for the event at {@code sequence}, and
     * sets the version to it, if the document exists and has not applied that event yet.
     */
    public void update(Object id, long sequence, Document operators) {
        if (!awaits(id, sequence)) {
            return;
        }
        Document update = new Document(operators);
        Document set = new Document(update.get("$set", new Document())).append(versionField, sequence);
        update.put("$set", set);
        known.get(id).append(versionField, sequence);
        changedByOperators.add(id);
        write(changes, id, new UpdateOneModel<>(eq("_id", id), update));
    }

    /**
     * Replaces the document with {@code document} for the event at {@code sequence} (the version is set to it),
     * creating it if none exists, unless the existing one has applied that event already.
     */
    public void replace(Object id, long sequence, Document document) {
        Optional<Long> applied = version(id);
        if (applied.isPresent() && applied.get() >= sequence) {
            return;
        }
        Document replacement = new Document(document).append("_id", id).append(versionField, sequence);
        known.put(id, replacement);
        changedByOperators.remove(id);
        // The whole document: what the batch asked of it before is superseded (a counter raised by every event of a
        // batch is written once, not once per event).
        List<Integer> superseded = changeSlots.remove(id);
        if (superseded != null) {
            superseded.forEach(slot -> changes.set(slot, null));
        }
        write(changes, id, new ReplaceOneModel<>(eq("_id", id), new Document(replacement),
            new ReplaceOptions().upsert(true)));
    }

    /**
     * Deletes the document for the event at {@code sequence}, if it exists and has not applied that event yet: for a
     * read model that keeps only the aggregates in some state (and so stays small), when one leaves it.
     */
    public void delete(Object id, long sequence) {
        if (!awaits(id, sequence)) {
            return;
        }
        known.put(id, null);
        changedByOperators.remove(id);
        write(changes, id, new DeleteOneModel<>(eq("_id", id)));
    }

    /**
     * Writes what is pending: the new documents in one command, then the changes, in the order they were asked for,
     * in another (the driver sends a run of writes of one kind as one command: mixed, they would be many).
     */
    void flush() {
        bulkWrite(creations);
        changes.removeIf(Objects::isNull);
        changeSlots.clear();
        bulkWrite(changes);
    }

    private void bulkWrite(List<Pending> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<Pending> sent = new ArrayList<>(writes);
        writes.clear();
        try {
            readModel.bulkWrite(sent.stream().map(Pending::write).toList(), new BulkWriteOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            int failed = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            throw new ReadModelWriteException(sent.get(failed).event(), readModel.getNamespace().getCollectionName(),
                e);
        }
    }

    private void write(List<Pending> writes, Object id, WriteModel<Document> write) {
        if (writes == changes) {
            changeSlots.computeIfAbsent(id, ignored -> new ArrayList<>()).add(changes.size());
        }
        writes.add(new Pending(id, write,
            CurrentUnitOfWork.map(UnitOfWork::getMessage).map(EventMessage.class::cast).orElse(null)));
        if (writeThrough) {
            flush();
        }
    }

    /** A write to the document {@code id}, and the event it is for (none outside a processor). */
    private record Pending(Object id, WriteModel<Document> write, EventMessage<?> event) {
    }

    private Optional<Long> version(Object id) {
        if (!known.containsKey(id)) {
            known.put(id, readModel.find(eq("_id", id)).first());
        }
        Document document = known.get(id);
        return document == null || !(document.get(versionField) instanceof Number applied) ? Optional.empty()
            : Optional.of(applied.longValue());
    }

    /** Reads at once the documents the batch's events will read: one read for the batch. */
    private void readAhead(UnitOfWork<?> unitOfWork, Function<EventMessage<?>, Collection<?>> documentsOf) {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.getMessages().size() < 2) {
            return;
        }
        Set<Object> ids = new LinkedHashSet<>();
        batch.getMessages().forEach(message -> {
            if (message instanceof EventMessage<?> event) {
                ids.addAll(documentsOf.apply(event));
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> known.put(id, null));
        readModel.find(in("_id", ids)).forEach(document -> known.put(document.get("_id"), document));
    }

    private static Collection<?> aggregateOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> event ? List.of(event.getAggregateIdentifier()) : List.of();
    }

    /** Writes what the unit of work's batch has left pending, for every read model it changed. */
    static void flushAll(UnitOfWork<?> unitOfWork) {
        unitOfWork.root().resources().entrySet().stream()
            .filter(resource -> resource.getKey().startsWith(RESOURCE))
            .map(resource -> (ReadModelWrites) resource.getValue())
            .forEach(ReadModelWrites::flush);
    }
}
