package org.socialgov.platform.eventstore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.bson.BsonValue;

/** Counts the commands a service sends to its store, by command and collection ("find domainevents"). */
@Singleton
@Requires(property = StoreCommandCounts.ENABLED, value = "true")
public class StoreCommandCounts implements CommandListener {

    public static final String ENABLED = "test.count-store-commands";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        counts.computeIfAbsent(event.getCommandName() + " " + collection, key -> new LongAdder()).increment();
    }

    public void reset() {
        counts.clear();
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
