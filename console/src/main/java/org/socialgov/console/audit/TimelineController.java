package org.socialgov.console.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * One object's record: its timeline (every event, who, in which role, why, under which request), its integrity
 * badge, and the object as of any version with what that version changed.
 */
@Controller("/audit/{kind}/{id}")
@Produces(Pages.HTML)
public class TimelineController {

    private final AuditRecords records;

    public TimelineController(AuditRecords records) {
        this.records = records;
    }

    @Get
    public HttpResponse<?> timeline(HttpRequest<?> request, @PathVariable String kind, @PathVariable String id,
                                    @Nullable @QueryValue Long after) {
        ConsoleSession session = Pages.requireRole(request, Roles.AUDITOR);
        AuditedKind audited = AuditIds.kind(kind);
        String objectId = AuditIds.id(id);
        if (after != null && after < -1) {
            throw new PageNotFoundException();
        }
        IntegrityBadge badge = records.badge(session, audited, objectId);
        AuditEventPage events = records.history(session, audited, objectId, after);
        return HttpResponse.ok(Pages.view(request, "audit-timeline", audited.words() + " " + objectId,
            new TimelinePage(audited, objectId, badge, events, after == null)));
    }

    /** Without a version, the latest; the first version (0) has nothing before it to compare with. */
    @Get("/versions")
    public HttpResponse<?> version(HttpRequest<?> request, @PathVariable String kind, @PathVariable String id,
                                   @Nullable @QueryValue Long version) {
        ConsoleSession session = Pages.requireRole(request, Roles.AUDITOR);
        AuditedKind audited = AuditIds.kind(kind);
        String objectId = AuditIds.id(id);
        IntegrityBadge badge = records.badge(session, audited, objectId);
        long last = badge.report().lastSequenceNumber() == null ? 0 : badge.report().lastSequenceNumber();
        long shown = version == null ? last : version;
        if (shown < 0 || shown > last) {
            throw new PageNotFoundException();
        }
        List<AggregateDiff.Change> changes = List.of();
        AuditEvent event;
        if (shown > 0) {
            AggregateDiff diff = records.diff(session, audited, objectId, shown - 1, shown);
            changes = diff.changes();
            event = diff.events().stream().filter(one -> one.sequenceNumber() == shown).findFirst().orElse(null);
        } else {
            event = records.event(session, audited, objectId, 0).orElse(null);
        }
        Set<String> changedPaths = changes.stream().map(AggregateDiff.Change::path).collect(Collectors.toSet());
        ObjectSnapshot snapshot = ObjectSnapshot.of(records.asOf(session, audited, objectId, shown), changedPaths,
            Pages.dates(request));
        return HttpResponse.ok(Pages.view(request, "audit-version", audited.words() + " " + objectId
            + ": its versions", new VersionPage(audited, objectId, shown, last, event, changes, snapshot, badge)));
    }
}
