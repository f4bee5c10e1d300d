package org.socialgov.platform.eventstore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.bson.BsonValue;

/**
 * Counts the commands a service sends to its store, by command and collection ("find domainevents"), and the writes
 * they carry (the documents of an insert, the statements of an update or a delete).
 */
@Singleton
@Requires(property = StoreCommandCounts.ENABLED, value = "true")
public class StoreCommandCounts implements CommandListener {

    public static final String ENABLED = "test.count-store-commands";

    private static final List<String> WRITE_LISTS = List.of("documents", "updates", "deletes");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        String key = event.getCommandName() + " " + collection;
        counts.computeIfAbsent(key, ignored -> new LongAdder()).increment();
        WRITE_LISTS.stream().map(event.getCommand()::get).filter(list -> list != null && list.isArray())
            .forEach(list -> writes.computeIfAbsent(key, ignored -> new LongAdder()).add(list.asArray().size()));
    }

    public void reset() {
        counts.clear();
        writes.clear();
    }

    /** The writes the commands of this name to this collection carried, all together. */
    public long writes(String command, String collection) {
        LongAdder count = writes.get(command + " " + collection);
        return count == null ? 0 : count.sum();
    }

    public long count(String command, String collection) {
        LongAdder count = counts.get(command + " " + collection);
        return count == null ? 0 : count.sum();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
