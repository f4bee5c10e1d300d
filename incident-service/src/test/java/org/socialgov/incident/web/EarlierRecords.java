package org.socialgov.incident.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.socialgov.incident.api.Evidence;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.Reach;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.domain.PostUrlNormalization;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.testsupport.ServiceRunner;

/** What an earlier version of the service recorded, written into the running service's event store as it was. */
final class EarlierRecords {

    private EarlierRecords() {
    }

    /** Eve's report of the post, a month ago, under the given id, naming the contract if one is given. */
    static void incidentReported(ServiceRunner service, String incidentId, String postUrl, String contractId) {
        Instant reportedAt = Instant.now().minus(Duration.ofDays(30));
        PostReport post = new PostReport(SocialPlatform.X, postUrl, "@Angry_Customer",
            reportedAt.minus(Duration.ofHours(2)), reportedAt.minus(Duration.ofHours(1)), "Still no answer",
            new Evidence("ab".repeat(32), "dms://captures/old.png"), Sentiment.NEGATIVE, IncidentCategory.COMPLAINT,
            new Reach(10, 0, 0), List.of(), contractId);
        IncidentReportedEvent reported = new IncidentReportedEvent(incidentId, "acme",
            PostUrlNormalization.normalise(postUrl), post, new Reporter("eve", ReporterKind.EMPLOYEE, null),
            Severity.P3, reportedAt, reportedAt.plus(Duration.ofHours(24)), null);
        service.context().getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Incident", incidentId,
            0, reported, MetaData.with(AuditMetaData.TENANT, "acme").and(AuditMetaData.ACTOR, "eve")));
    }
}
