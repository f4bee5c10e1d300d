package org.socialgov.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.DateTimeUtils;
import org.bson.Document;
import org.socialgov.platform.eventstore.EventDocuments;
import org.socialgov.platform.eventstore.EventPositions;

/**
 * Writes what contract-service and policy-service would record, into their databases on the test's store, in the
 * stored form of their events (Axon's document per event, JSON payload, with a stream position taken as their
 * appends take it). The payloads carry the fields of the real
 * published events; the end-to-end tests in local-suite prove the same path with the real services.
 */
final class UpstreamRecords {

    private final MongoClient client;

    UpstreamRecords(MongoClient client) {
        this.client = client;
        // The owners' stores index their positions (their engines create the index); so do these.
        for (String owner : List.of("contract-service", "policy-service")) {
            client.getDatabase(owner).getCollection("domainevents").createIndex(Indexes.ascending(
                EventDocuments.POSITION), new IndexOptions().unique(true).sparse(true));
        }
    }

    /** A contract with mention monitoring in scope, drafted and in force from {@code activeFrom}. */
    void monitoringContractSigned(String contractId, String tenant, String agency, LocalDate activeFrom) {
        contractEvent(contractId, 0, "ContractDraftCreatedEvent", new Document("contractId", contractId)
            .append("client", tenant).append("title", "Mention monitoring")
            .append("provider", new Document("providerId", agency).append("name", agency).append("kind", "AGENCY"))
            .append("terms", new Document("scope", new Document("platforms", List.of("X"))
                .append("tasks", List.of("POSTING", "MENTION_MONITORING_AND_REPORTING")))));
        contractEvent(contractId, 1, "ContractActivatedEvent", new Document("contractId", contractId)
            .append("activeFrom", activeFrom.toString()));
    }

    void contractTerminated(String contractId, long sequence, LocalDate effectiveOn) {
        contractEvent(contractId, sequence, "ContractTerminatedEvent", new Document("contractId", contractId)
            .append("party", "CLIENT").append("ground", "MUTUAL_AGREEMENT").append("effectiveOn", effectiveOn.toString())
            .append("explanation", "Ended by agreement").append("survivingDuties", List.of()));
    }

    void officialAccountRegistered(String accountId, String tenant, String platform, String handle,
                                   LocalDate since) {
        append("policy-service", "OfficialAccount", accountId, 0, "org.socialgov.policy.api."
            + "OfficialAccountRegisteredEvent", new Document("accountId", accountId).append("tenant", tenant)
            .append("platform", platform).append("normalisedHandle", handle.replace("@", "").toLowerCase())
            .append("handle", handle).append("url", "https://x.com/" + handle.replace("@", ""))
            .append("purpose", "Customer support").append("since", since.toString()));
    }

    private void contractEvent(String contractId, long sequence, String type, Document payload) {
        append("contract-service", "Contract", contractId, sequence, "org.socialgov.contract.api." + type, payload);
    }

    private void append(String database, String aggregateType, String aggregateId, long sequence,
                        String payloadType, Document payload) {
        MongoCollection<Document> events = client.getDatabase(database).getCollection("domainevents");
        EventPositions.Allocation position = new EventPositions(client.getDatabase(database)).allocate(1);
        events.insertOne(new Document("aggregateIdentifier", aggregateId)
            .append("type", aggregateType)
            .append("sequenceNumber", sequence)
            .append("serializedPayload", payload.toJson())
            .append("timestamp", DateTimeUtils.formatInstant(Instant.now()))
            .append("payloadType", payloadType)
            .append("payloadRevision", null)
            .append("serializedMetaData", "{}")
            .append("eventIdentifier", UUID.randomUUID().toString())
            .append(EventDocuments.POSITION, position.first())
            .append(EventDocuments.STREAM_KEY, EventDocuments.streamKey(aggregateId, sequence))
            .append(EventDocuments.APPENDED_AT, Date.from(position.takenAt())));
    }
}
