package org.socialgov.incident.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.serialization.UnknownSerializedType;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Follows contract-service's events (read-only, ARCHITECTURE.md decision 2) into {@code agency_contracts}: which
 * agency holds which contract with which company, when it is in force and whether its scope includes mention
 * monitoring. Only the published contract events named here are read, and of them only the fields used; the rest
 * of contract-service's record is skipped. Idempotent by sequence number, like every projection here.
 */
@AxonMessageHandlers
@ProcessingGroup(KnownAgencyContracts.PROCESSING_GROUP)
public class AgencyContractProjection {

    private static final String PUBLISHED = "org.socialgov.contract.api.";
    private static final String MENTION_MONITORING = "MENTION_MONITORING_AND_REPORTING";

    private final KnownAgencyContracts contracts;

    public AgencyContractProjection(KnownAgencyContracts contracts) {
        this.contracts = contracts;
    }

    @EventHandler
    void on(UnknownSerializedType event, @SequenceNumber long sequence) {
        String type = event.serializedType().getName();
        if (!type.startsWith(PUBLISHED)) {
            return;
        }
        JsonNode payload = event.readData(JsonNode.class);
        String contractId = payload.path("contractId").asText();
        switch (type.substring(PUBLISHED.length())) {
            case "ContractDraftCreatedEvent" -> contracts.writes().insertOnce(contractId, new Document()
                .append("tenant", payload.path("client").asText())
                .append("agency", payload.path("provider").path("providerId").asText())
                .append("monitoringInDraft", monitors(payload.path("terms")))
                .append("pendingAmendments", new Document())
                .append("scope", List.of())
                .append(KnownAgencyContracts.VERSION, sequence));
            case "ContractTermsRevisedEvent" -> update(contractId, sequence,
                contract -> contract.append("monitoringInDraft", monitors(payload.path("terms"))));
            case "ContractActivatedEvent" -> update(contractId, sequence, contract -> contract
                .append("inForceFrom", payload.path("activeFrom").asText())
                .append("scope", List.of(scopeFrom(null, contract.getBoolean("monitoringInDraft")))));
            case "AmendmentProposedEvent" -> update(contractId, sequence, contract ->
                contract.get("pendingAmendments", Document.class).append(payload.path("amendmentNo").asText(),
                    monitors(payload.path("newTerms"))));
            case "AmendmentAcceptedEvent" -> update(contractId, sequence, contract -> {
                Boolean monitoring = contract.get("pendingAmendments", Document.class)
                    .getBoolean(payload.path("amendmentNo").asText());
                List<Document> scope = new ArrayList<>(contract.getList("scope", Document.class));
                scope.add(scopeFrom(payload.path("effectiveFrom").asText(), Boolean.TRUE.equals(monitoring)));
                contract.append("scope", scope);
            });
            case "ContractAssignedEvent" -> update(contractId, sequence, contract -> contract.append(
                "PROVIDER".equals(payload.path("party").asText()) ? "agency" : "tenant",
                payload.path("assignee").path("companyId").asText()));
            case "ContractTerminatedEvent" -> update(contractId, sequence,
                contract -> contract.append("noLongerInForceFrom", payload.path("effectiveOn").asText()));
            // The last day of the term is still in force.
            case "ContractExpiredEvent" -> update(contractId, sequence, contract -> contract.append(
                "noLongerInForceFrom", LocalDate.parse(payload.path("endedOn").asText()).plusDays(1).toString()));
            default -> {
                // Reviews, signatures, renewals, subcontracting: nothing an agency's right to report depends on.
            }
        }
    }

    @ResetHandler
    void forgetAll() {
        contracts.clear();
    }

    private void update(String contractId, long sequence, Consumer<Document> change) {
        ReadModelWrites writes = contracts.writes();
        writes.awaiting(contractId, sequence).ifPresent(contract -> {
            change.accept(contract);
            writes.replace(contractId, sequence, contract);
        });
    }

    private static boolean monitors(JsonNode terms) {
        for (JsonNode task : terms.path("scope").path("tasks")) {
            if (MENTION_MONITORING.equals(task.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Document scopeFrom(String from, boolean monitoring) {
        return new Document("from", from).append("mentionMonitoring", monitoring);
    }
}
