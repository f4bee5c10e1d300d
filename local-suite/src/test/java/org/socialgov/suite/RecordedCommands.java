package org.socialgov.suite;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * What the services recorded, read straight from their databases: every aggregate's first event, in which a
 * command's marker shows how many times the command took effect.
 */
final class RecordedCommands {

    private final List<String> creationPayloads;

    private RecordedCommands(List<String> creationPayloads) {
        this.creationPayloads = creationPayloads;
    }

    static RecordedCommands read(String storeConnectionString) {
        List<String> payloads = new ArrayList<>();
        try (MongoClient client = MongoClients.create(storeConnectionString)) {
            for (String database : List.of("contract-service", "policy-service", "incident-service")) {
                for (Document event : client.getDatabase(database).getCollection("domainevents")
                    .find(eq("sequenceNumber", 0L))) {
                    payloads.add(database + " " + event.getString("serializedPayload"));
                }
            }
        }
        return new RecordedCommands(payloads);
    }

    /** How many aggregates this command created. */
    long timesRecorded(LoadOperation command, long marker) {
        String recorded = command.recordedMarker(marker);
        return creationPayloads.stream()
            .filter(payload -> payload.startsWith(command.database() + " ") && payload.contains(recorded))
            .count();
    }
}
