package org.socialgov.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * The queries a service sends to its store, recorded to tell which of them the embedded store (mongo-java-server)
 * answers by reading every document of the collection. Its planner uses an index only when the index is unique and
 * the filter names exactly the index's fields: one field compared for equality or with {@code $in}, or several each
 * compared for equality. Anything else (a range, a sort key, an extra field) scans, as does every aggregation
 * ({@code countDocuments}). Active where {@code socialgov.test.record-queries} is true.
 */
@Singleton
@Requires(property = "socialgov.test.record-queries", value = "true")
public final class RecordedQueries implements CommandListener {

    /** One filter sent: {@code filter} is null for an aggregation, which has none an index could serve. */
    public record Query(String database, String collection, String command, BsonDocument filter) {
    }

    private final List<Query> queries = new ArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        String database = event.getDatabaseName();
        switch (name) {
            case "find" -> add(database, command, name, command.getDocument("filter", new BsonDocument()));
            case "findAndModify" -> add(database, command, name, command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(update ->
                add(database, command, name, update.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes").forEach(delete ->
                add(database, command, name, delete.asDocument().getDocument("q")));
            case "aggregate", "count", "distinct" -> add(database, command, name, null);
            default -> {
                // Inserts and the driver's own commands have no filter.
            }
        }
    }

    /** Forgets what was recorded so far (the service's start-up, say). */
    public synchronized void clear() {
        queries.clear();
    }

    /** The recorded queries on these collections of the database that the embedded store would answer by a scan. */
    public List<Query> scanning(MongoDatabase database, Collection<String> collections) {
        List<Query> recorded;
        synchronized (this) {
            recorded = List.copyOf(queries);
        }
        List<Query> scanning = new ArrayList<>();
        for (String collection : collections) {
            List<Set<String>> uniqueKeys = uniqueIndexKeys(database, collection);
            recorded.stream()
                .filter(query -> query.database().equals(database.getName()) && query.collection().equals(collection))
                .filter(query -> !servedByIndex(query.filter(), uniqueKeys))
                .forEach(scanning::add);
        }
        return scanning;
    }

    private synchronized void add(String database, BsonDocument command, String name, BsonDocument filter) {
        // A copy: the driver releases the command's buffer once the event is handled.
        queries.add(new Query(database, command.getString(command.getFirstKey()).getValue(), name,
            filter == null ? null : filter.clone()));
    }

    private static List<Set<String>> uniqueIndexKeys(MongoDatabase database, String collection) {
        List<Set<String>> keys = new ArrayList<>();
        for (Document index : database.getCollection(collection).listIndexes()) {
            if ("_id_".equals(index.getString("name")) || Boolean.TRUE.equals(index.getBoolean("unique"))) {
                keys.add(new HashSet<>(index.get("key", Document.class).keySet()));
            }
        }
        return keys;
    }

    private static boolean servedByIndex(BsonDocument filter, List<Set<String>> uniqueKeys) {
        if (filter == null) {
            return false;
        }
        return uniqueKeys.stream().anyMatch(keys -> keys.equals(filter.keySet())
            && filter.values().stream().allMatch(value -> servable(value, keys.size() == 1)));
    }

    private static boolean servable(BsonValue value, boolean singleField) {
        if (!value.isDocument()) {
            return true;
        }
        Set<String> operators = value.asDocument().keySet();
        return singleField && (operators.equals(Set.of("$in"))
            || operators.stream().noneMatch(operator -> operator.startsWith("$")));
    }
}
