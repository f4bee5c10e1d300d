package org.socialgov.policy.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The identifier of a person's staff record: one per person per company, so that the event store's unique stream
 * refuses a second registration. Both parts are URL-encoded so that no tenant and person pair can spell another's.
 */
public final class StaffMemberId {

    private StaffMemberId() {
    }

    public static String of(String tenant, String personId) {
        return "staff:" + encode(tenant) + "/" + encode(personId);
    }

    /** The person a staff record identifier names. */
    public static String personIdOf(String staffMemberId) {
        return URLDecoder.decode(staffMemberId.substring(staffMemberId.indexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
