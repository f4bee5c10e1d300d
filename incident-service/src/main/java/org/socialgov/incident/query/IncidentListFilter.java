package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.bson.conversions.Bson;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.problem.ProblemError;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Which of the caller's incidents a list keeps; each part is optional and all given must hold. The report days are
 * the company's UTC days, both ends included.
 */
public record IncidentListFilter(DueFilter due, Severity severity, IncidentCategory category, SocialPlatform platform,
                                 IncidentStatus state, LocalDate reportedFrom, LocalDate reportedTo) {

    /** Every incident the caller may know of. */
    public static final IncidentListFilter NONE = new IncidentListFilter(null, null, null, null, null, null, null);

    private static final int FINGERPRINT_BYTES = 9;

    public IncidentListFilter {
        if (reportedFrom != null && reportedTo != null && reportedFrom.isAfter(reportedTo)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                "Field 'reportedFrom' must not be after reportedTo", List.of(ProblemError.field("reportedFrom",
                    "must not be after reportedTo (" + reportedTo + ")")));
        }
    }

    /** The conditions on a summary, besides its tenant and reporter; {@code now} and {@code soon} place due. */
    List<Bson> conditions(Instant now, Duration soon) {
        List<Bson> conditions = new ArrayList<>();
        if (due == DueFilter.OVERDUE) {
            conditions.add(lt(IncidentSummaries.NEXT_DUE_BY, now.toEpochMilli()));
        } else if (due == DueFilter.SOON) {
            conditions.add(gte(IncidentSummaries.NEXT_DUE_BY, now.toEpochMilli()));
            conditions.add(lt(IncidentSummaries.NEXT_DUE_BY, now.plus(soon).toEpochMilli()));
        }
        addIfGiven(conditions, IncidentSummaries.SEVERITY, severity);
        addIfGiven(conditions, IncidentSummaries.CATEGORY, category);
        addIfGiven(conditions, IncidentSummaries.PLATFORM, platform);
        addIfGiven(conditions, IncidentSummaries.STATUS, state);
        if (reportedFrom != null) {
            conditions.add(gte(IncidentSummaries.REPORTED_AT, startOf(reportedFrom)));
        }
        if (reportedTo != null) {
            conditions.add(lt(IncidentSummaries.REPORTED_AT, startOf(reportedTo.plusDays(1))));
        }
        return conditions;
    }

    /**
     * A short digest of the filter, which a list's cursor carries so that a page is never continued under other
     * filters (the next page would then skip or repeat incidents). Not a secret: it only has to differ.
     */
    public String fingerprint() {
        String canonical = String.join("|", Arrays.asList(String.valueOf(due), String.valueOf(severity),
            String.valueOf(category), String.valueOf(platform), String.valueOf(state), String.valueOf(reportedFrom),
            String.valueOf(reportedTo)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, FINGERPRINT_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static void addIfGiven(List<Bson> conditions, String field, Enum<?> value) {
        if (value != null) {
            conditions.add(eq(field, value.name()));
        }
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
