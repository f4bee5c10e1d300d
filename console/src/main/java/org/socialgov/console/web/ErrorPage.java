package org.socialgov.console.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/** What an error page says: the status, a title and a sentence, the reasons given, and a request id for support. */
public record ErrorPage(int status, String title, @Nullable String detail, List<String> reasons,
                        @Nullable String requestId) {

    public static ErrorPage notFound() {
        return new ErrorPage(404, "Page not found",
            "There is nothing at this address, or nothing you may see. Check the link, or start again from the menu.",
            List.of(), null);
    }

    public static ErrorPage forbidden(String detail) {
        return new ErrorPage(403, "Not allowed", detail, List.of(), null);
    }
}
