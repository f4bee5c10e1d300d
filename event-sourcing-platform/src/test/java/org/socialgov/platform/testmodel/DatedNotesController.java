package org.socialgov.platform.testmodel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A test-only endpoint taking dates as a service's do: in a body and as query parameters. It keeps what it accepted,
 * so a test can tell that a refused request never reached it.
 */
@Controller("/test-dated-notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DatedNotesController {

    private final List<DatedNote> accepted = new CopyOnWriteArrayList<>();

    @Post
    public HttpResponse<DatedNote> add(@Body DatedNote note) {
        accepted.add(note);
        return HttpResponse.created(note);
    }

    /** The notes of one day, or of all days; those after an instant only, when {@code after} is given. */
    @Get
    public List<DatedNote> list(@QueryValue @Nullable LocalDate on, @QueryValue @Nullable OffsetDateTime after) {
        return accepted.stream()
            .filter(note -> on == null || note.day().equals(on))
            .filter(note -> after == null || note.at().isAfter(after))
            .toList();
    }

    public List<DatedNote> accepted() {
        return List.copyOf(accepted);
    }
}
