package org.socialgov.console.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The NDJSON export of one service's events for a period, downloaded as a file. Days are whole UTC days, both
 * included. A GET form: asking for a file changes nothing, so it needs no CSRF token and can be bookmarked.
 */
@Controller("/audit")
public class ExportController {

    /**
     * Where the form sends its fields: one step below /audit, so that no object's address
     * ({@code /audit/{kind}/{id}}) can take it for a browser asking for a page.
     */
    static final String DOWNLOAD = "/audit/export.ndjson";

    private final EventStream stream;

    public ExportController(EventStream stream) {
        this.stream = stream;
    }

    @Get(value = "/export", produces = Pages.HTML)
    public HttpResponse<?> form(HttpRequest<?> request) {
        Pages.requireRole(request, Roles.AUDITOR);
        return HttpResponse.ok(Pages.view(request, "audit-export", "Export events", ExportForm.empty()));
    }

    @Get("/export.ndjson")
    public HttpResponse<?> download(HttpRequest<?> request, @Nullable @QueryValue String service,
                                    @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        ConsoleSession session = Pages.requireRole(request, Roles.AUDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<AuditedKind> kind = AuditedKind.of(service == null ? "" : service);
        if (kind.isEmpty()) {
            errors.put("service", "Choose the records to export.");
        }
        LocalDate first = day(from, "from", errors);
        LocalDate last = day(to, "to", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "The last day cannot be before the first.");
        }
        if (!errors.isEmpty()) {
            return refused(request, new ExportForm(service, from, to, errors, null, null));
        }
        StringBuilder query = new StringBuilder();
        if (first != null) {
            query.append("&from=").append(ApiPaths.encode(first.atStartOfDay(ZoneOffset.UTC).toInstant().toString()));
        }
        if (last != null) {
            query.append("&to=").append(ApiPaths.encode(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .toString()));
        }
        String path = kind.get().exportPath() + (query.isEmpty() ? "" : "?" + query.substring(1));
        StreamedFile file;
        try {
            file = stream.open(session, path);
        } catch (ApiProblemException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            return refused(request, new ExportForm(service, from, to, Map.of(), e.problem().title(),
                e.problem().detail()));
        }
        // The file's own Cache-Control (private, max-age) would let a cache keep the export: no-store, as the API.
        return HttpResponse.ok(file.attach(fileName(kind.get(), first, last)))
            .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** "socialgov-contract-events-2026-12-01-to-2026-12-03.ndjson"; an open end says "start" or "now". */
    static String fileName(AuditedKind kind, LocalDate first, LocalDate last) {
        return "socialgov-" + kind.exportName() + "-" + (first == null ? "start" : first) + "-to-"
            + (last == null ? "now" : last) + ".ndjson";
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date as year-month-day, e.g. 2026-12-01.");
            return null;
        }
    }

    private static HttpResponse<?> refused(HttpRequest<?> request, ExportForm form) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Pages.HTML)
            .body(Pages.view(request, "audit-export", "Export events", form));
    }
}
