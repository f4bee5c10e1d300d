package org.socialgov.incident.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader without the need to know (see {@link NeedToKnow}) sees of the personal data in an incident's
 * recorded events: the post's author handle, the post's address in any form (it names the author), the excerpt and
 * the follow-up notes, each replaced by {@link #REDACTED}. The fields are found by name at any depth of an event's
 * payload, so every event type in every revision is covered, the ones added later included. The one redaction of
 * an incident event for every path that shows events: history, diff, export (and, later, webhooks).
 */
public final class IncidentRedaction {

    /** What stands in for personal data the reader does not need. */
    public static final String REDACTED = "[redacted]";

    private static final Set<String> PERSONAL_DATA = Set.of("authorHandle", "postUrl", "normalisedUrl", "excerpt",
        "observation");

    private IncidentRedaction() {
    }

    /** A copy of the event's payload with the personal data redacted; absent values stay absent. */
    public static Map<String, Object> ofPayload(Map<String, ?> payload) {
        Map<String, Object> redacted = new LinkedHashMap<>();
        payload.forEach((field, value) -> redacted.put(field,
            PERSONAL_DATA.contains(field) && value != null ? REDACTED : redactedWithin(value)));
        return redacted;
    }

    @SuppressWarnings("unchecked")
    private static Object redactedWithin(Object value) {
        if (value instanceof Map<?, ?> object) {
            return ofPayload((Map<String, ?>) object);
        }
        if (value instanceof List<?> list) {
            List<Object> redacted = new ArrayList<>(list.size());
            list.forEach(element -> redacted.add(redactedWithin(element)));
            return redacted;
        }
        return value;
    }
}
