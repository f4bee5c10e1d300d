package org.socialgov.console.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Dates;

/**
 * The objects an auditor can pick from, as each service lists them: contracts and incidents a page at a time by the
 * API's cursor, and the company's policy (one per company, so never paged).
 */
@Singleton
public class RecentObjects {

    static final int PAGE_SIZE = 20;

    private final GatewayApi api;

    public RecentObjects(GatewayApi api) {
        this.api = api;
    }

    /** One page of the kind's objects, and the cursor of the next page (none for policies or the last page). */
    public record Page(List<RecentObject> items, @Nullable String nextCursor) {
    }

    public Page list(ConsoleSession session, AuditedKind kind, @Nullable String cursor, Dates dates) {
        String query = "?limit=" + PAGE_SIZE + (cursor == null ? "" : "&cursor=" + cursor);
        return switch (kind) {
            case CONTRACT -> {
                ContractList list = api.get(session, "/api/contracts" + query, ContractList.class);
                yield new Page(list.items().stream().map(item -> new RecentObject(item.contractId(), item.title(),
                    AuditWords.value(item.status()) + " · " + item.providerName()
                        + (item.termEnd() == null ? "" : " · term ends " + dates.date(item.termEnd())))).toList(),
                    list.nextCursor());
            }
            case INCIDENT -> {
                IncidentList list = api.get(session, "/api/incidents" + query, IncidentList.class);
                yield new Page(list.items().stream().map(item -> new RecentObject(item.incidentId(),
                    AuditWords.value(item.category()) + " on " + AuditWords.value(item.platform()),
                    AuditWords.value(item.status()) + " · reported " + dates.dateTime(item.reportedAt()))).toList(),
                    list.nextCursor());
            }
            case POLICY -> new Page(Arrays.stream(api.get(session, "/api/policies", PolicySummary[].class))
                .map(item -> new RecentObject(item.policyId(), item.title(), item.latestPublishedVersion() == null
                    ? "No version published yet" : "Version " + item.latestPublishedVersion() + " published"))
                .toList(), null);
        };
    }

    @Serdeable
    record ContractList(List<ContractSummary> items, @Nullable String nextCursor) {
    }

    @Serdeable
    record ContractSummary(String contractId, String title, String status, String providerName,
                           @Nullable LocalDate termEnd) {
    }

    @Serdeable
    record IncidentList(List<IncidentSummary> items, @Nullable String nextCursor) {
    }

    @Serdeable
    record IncidentSummary(String incidentId, String status, String platform, String category, Instant reportedAt) {
    }

    @Serdeable
    record PolicySummary(String policyId, String title, @Nullable Integer latestPublishedVersion) {
    }
}
