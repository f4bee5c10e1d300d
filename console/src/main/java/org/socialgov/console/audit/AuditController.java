package org.socialgov.console.audit;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The auditor's start page: the tenant-wide integrity verdict of each service, an object opened by its id, and
 * the recent objects of a kind, page by page.
 */
@Controller("/audit")
@Produces(Pages.HTML)
public class AuditController {

    private final AuditRecords records;
    private final RecentObjects recent;

    public AuditController(AuditRecords records, RecentObjects recent) {
        this.records = records;
        this.recent = recent;
    }

    @Get
    public HttpResponse<?> start(HttpRequest<?> request, @Nullable @QueryValue String kind,
                                 @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.AUDITOR);
        AuditedKind listed = kind == null || kind.isEmpty() ? AuditedKind.CONTRACT : AuditIds.kind(kind);
        return HttpResponse.ok(page(request, session, listed, AuditIds.cursor(cursor), null, null));
    }

    /** The form's answer: the object's timeline, or the start page again saying what is wrong with the id. */
    @Get("/open")
    public HttpResponse<?> open(HttpRequest<?> request, @Nullable @QueryValue String kind,
                                @Nullable @QueryValue String id) {
        ConsoleSession session = Pages.requireRole(request, Roles.AUDITOR);
        AuditedKind chosen = kind == null || kind.isEmpty() ? AuditedKind.CONTRACT : AuditIds.kind(kind);
        String trimmed = id == null ? "" : id.strip();
        if (!AuditIds.valid(trimmed)) {
            String error = trimmed.isEmpty() ? "Enter the id of the record to open."
                : "An id has only letters, digits and . _ : @ - (at most 128).";
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(page(request, session, chosen, null, error, trimmed));
        }
        return HttpResponse.seeOther(URI.create("/audit/" + chosen.slug() + "/" + trimmed));
    }

    private Object page(HttpRequest<?> request, ConsoleSession session, AuditedKind listed, String cursor,
                        String idError, String idValue) {
        List<ServiceVerdict> verdicts = Arrays.stream(AuditedKind.values())
            .map(kind -> new ServiceVerdict(kind, records.tenantIntegrity(session, kind))).toList();
        RecentObjects.Page objects = recent.list(session, listed, cursor, Pages.dates(request));
        return Pages.view(request, "audit-start", "Audit", new AuditStartPage(verdicts, listed, objects.items(),
            objects.nextCursor(), cursor == null, idError, idValue));
    }
}
