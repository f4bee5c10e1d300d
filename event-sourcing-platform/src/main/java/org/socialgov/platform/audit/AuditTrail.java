package org.socialgov.platform.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.platform.web.VersionRange;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * What an auditor can ask of a service's record, for their own tenant only: an aggregate's history page by page, the
 * difference between two of its versions, the verification of its hash chain or of every chain of the tenant, and an
 * export of the tenant's events. Another tenant's aggregate, or one of another type, is answered exactly as a missing
 * one ({@link NoSuchAggregateException}), so its existence does not leak.
 */
@Singleton
public class AuditTrail {

    /** The media type of exports: one JSON object per line. */
    public static final String NDJSON = "application/x-ndjson";
    /** The most events one history page holds. */
    public static final int MAX_PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoredEventLog log;
    private final JsonMapper jsonMapper;

    public AuditTrail(StoredEventLog log, JsonMapper jsonMapper) {
        this.log = log;
        this.jsonMapper = jsonMapper;
    }

    public AuditEventPage history(Class<?> aggregateType, String aggregateId, String tenant, Long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "limit must be between 1 and " + MAX_PAGE);
        }
        requireOwned(aggregateType, aggregateId, tenant);
        List<StoredEvent> page = log.ofAggregate(aggregateId, after == null ? -1 : after, limit + 1);
        boolean more = page.size() > limit;
        List<AuditEvent> events = page.stream().limit(limit).map(AuditEvents::toAuditEvent).toList();
        Long nextAfter = more ? events.get(events.size() - 1).sequenceNumber() : null;
        return new AuditEventPage(aggregateId, events, nextAfter);
    }

    /**
     * The fields that differ between two states of the aggregate (as clients read them, e.g. from an as-of read)
     * and the events recorded after the first version up to the second.
     */
    public AggregateDiff diff(Class<?> aggregateType, String aggregateId, String tenant, long fromVersion,
                              long toVersion, Object fromState, Object toState) {
        VersionRange.requireInOrder(fromVersion, toVersion);
        requireOwned(aggregateType, aggregateId, tenant);
        List<AuditEvent> between = log.ofAggregate(aggregateId, fromVersion, (int) Math.min(toVersion - fromVersion,
            Integer.MAX_VALUE)).stream().map(AuditEvents::toAuditEvent).toList();
        return new AggregateDiff(aggregateId, fromVersion, toVersion,
            StateDiff.between(asJson(fromState), asJson(toState)), between);
    }

    public IntegrityReport verify(Class<?> aggregateType, String aggregateId, String tenant) {
        List<StoredEvent> events = requireOwned(aggregateType, aggregateId, tenant);
        IntegrityReport report = ChainVerifier.verify(events);
        if (!report.intact()) {
            LOG.warn("Integrity check of '{}' for tenant '{}' found the record broken at event {}: {}", aggregateId,
                tenant, report.brokenAt(), report.explanation());
        }
        return report;
    }

    /** Every aggregate that has an event of the tenant, one at a time; memory holds one aggregate's events. */
    public TenantIntegrityReport verifyTenant(String tenant) {
        TenantChecks checks = new TenantChecks(tenant);
        log.forEachByAggregate(checks::add);
        checks.finish();
        LOG.info("Integrity check for tenant '{}': {} aggregates, {} events, {} broken", tenant,
            checks.aggregates, checks.events, checks.brokenCount);
        return new TenantIntegrityReport(tenant, checks.brokenCount == 0 ? IntegrityReport.Verdict.INTACT
            : IntegrityReport.Verdict.BROKEN, checks.aggregates, checks.events, checks.brokenCount, checks.broken,
            Instant.now());
    }

    /** The tenant's events recorded in [from, to), optionally of one aggregate type, as streamed NDJSON. */
    public InputStream export(String tenant, Instant from, Instant to, String aggregateType) {
        return export(tenant, from, to, aggregateType, UnaryOperator.identity());
    }

    /**
     * As {@link #export(String, Instant, Instant, String)}, each event shown as {@code shown} makes it for this
     * reader (a service redacts what its readers may not see, event by event, as the client reads).
     */
    public InputStream export(String tenant, Instant from, Instant to, String aggregateType,
                              UnaryOperator<AuditEvent> shown) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "from must be before to");
        }
        LOG.info("Export for tenant '{}' started: events from {} to {}{}", tenant, from == null ? "the start" : from,
            to == null ? "now" : to, aggregateType == null ? "" : " of type " + aggregateType);
        return new EventExportStream(log.recordedBetween(from, to, aggregateType), tenant, jsonMapper, shown);
    }

    /** The aggregate's events, if it is one of this type and the tenant's; else as if there were none. */
    private List<StoredEvent> requireOwned(Class<?> aggregateType, String aggregateId, String tenant) {
        List<StoredEvent> events = log.ofAggregate(aggregateId);
        // Any event naming the tenant (and the type) makes it theirs: a tampered event must not hide the aggregate.
        if (events.stream().noneMatch(event -> tenant.equals(AuditEvents.tenantOf(event)))
            || events.stream().noneMatch(event -> aggregateType.getSimpleName().equals(event.aggregateType()))) {
            throw new NoSuchAggregateException(aggregateType, aggregateId);
        }
        return events;
    }

    private JsonNode asJson(Object state) {
        try {
            return JSON.readTree(jsonMapper.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects one aggregate's events at a time from the store's aggregate order, and judges each chain. */
    private static final class TenantChecks {
        private static final int LISTED = 100;
        private static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;
        private final String tenant;
        private final List<StoredEvent> current = new ArrayList<>();
        private final List<IntegrityReport> broken = new ArrayList<>();
        private long aggregates;
        private long events;
        private long brokenCount;
        private long lastReport = System.nanoTime();

        TenantChecks(String tenant) {
            this.tenant = tenant;
        }

        void add(StoredEvent event) {
            if (!current.isEmpty() && !current.get(0).aggregateId().equals(event.aggregateId())) {
                finish();
            }
            current.add(event);
        }

        void finish() {
            if (current.stream().anyMatch(event -> tenant.equals(AuditEvents.tenantOf(event)))) {
                IntegrityReport report = ChainVerifier.verify(current);
                aggregates++;
                events += current.size();
                reportProgress();
                if (!report.intact()) {
                    brokenCount++;
                    if (broken.size() < LISTED) {
                        broken.add(report);
                    }
                }
            }
            current.clear();
        }

        /** A long check says how far it got, every few seconds, so nobody wonders whether it hangs. */
        private void reportProgress() {
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                LOG.info("Integrity check for tenant '{}' in progress: {} aggregates and {} events checked, {} broken "
                    + "so far", tenant, aggregates, events, brokenCount);
            }
        }
    }
}
