package org.socialgov.console.policyadmin;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * What a page says after a form sent the officer to it (POST, then redirect, then GET): the address carries only
 * a word for what was done, and the page says it in a sentence.
 */
final class Notices {

    private static final Map<String, String> SENTENCES = Map.of(
        "draft-saved", "The draft is saved. Publish it when it is ready.",
        "published", "The version is published: it binds the staff from its effective date, and they are asked to "
            + "acknowledge it.",
        "reviewed", "The review is recorded; the next one is due as shown.",
        "registered", "The person is on the roster.",
        "training-recorded", "The training is recorded.",
        "account-registered", "The official account is registered.");

    private Notices() {
    }

    static @Nullable String sentence(@Nullable String done) {
        return done == null ? null : SENTENCES.get(done);
    }
}
