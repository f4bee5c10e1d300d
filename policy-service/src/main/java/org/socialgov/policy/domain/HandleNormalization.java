package org.socialgov.policy.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialgov.policy.api.SocialPlatform;

/**
 * How a handle is recognised whatever form it is written in: "@Acme", "acme", "https://x.com/Acme",
 * "twitter.com/acme" all name the same X account. Handles are case-insensitive on every platform we know, so the
 * normal form is lower case, without the leading @, taken out of a profile address when one is given. Only the
 * address of the profile itself is accepted, not of a post or a sub-page: a post's address names its author only
 * by convention, and a wrong guess here would call a stranger official.
 */
public final class HandleNormalization {

    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www|m|mobile)\\.");
    private static final Pattern FACEBOOK_PROFILE_ID = Pattern.compile("(?:^|&)id=([0-9]{1,30})(?:&|$)");
    private static final Map<SocialPlatform, ProfileForm> FORMS = new EnumMap<>(SocialPlatform.class);

    static {
        // The characters and lengths each platform allows in a handle today.
        FORMS.put(SocialPlatform.X, new ProfileForm(Set.of("x.com", "twitter.com"), null, false, "[a-z0-9_]{1,15}"));
        FORMS.put(SocialPlatform.FACEBOOK, new ProfileForm(Set.of("facebook.com", "fb.com"), null, false,
            "[a-z0-9.-]{1,100}"));
        FORMS.put(SocialPlatform.INSTAGRAM, new ProfileForm(Set.of("instagram.com"), null, false,
            "[a-z0-9._]{1,30}"));
        // A company speaks on LinkedIn through its company page; a member's profile (/in/) is a person's.
        FORMS.put(SocialPlatform.LINKEDIN, new ProfileForm(Set.of("linkedin.com"), "company", false,
            "[a-z0-9._-]{1,100}"));
        FORMS.put(SocialPlatform.YOUTUBE, new ProfileForm(Set.of("youtube.com"), null, true, "[a-z0-9._-]{3,30}"));
        FORMS.put(SocialPlatform.TIKTOK, new ProfileForm(Set.of("tiktok.com"), null, true, "[a-z0-9._]{2,24}"));
        FORMS.put(SocialPlatform.THREADS, new ProfileForm(Set.of("threads.net", "threads.com"), null, true,
            "[a-z0-9._]{1,30}"));
        // Any other site: its own rules are unknown, so the handle is whatever identifies the profile, and an
        // address is matched as host and path.
        FORMS.put(SocialPlatform.OTHER, new ProfileForm(Set.of(), null, false, "[^\\s?#]{1,200}"));
    }

    private HandleNormalization() {
    }

    /** The normal form of a handle or profile address on the platform; refused when nothing handle-like is left. */
    public static String normalise(SocialPlatform platform, String anyForm) {
        if (anyForm == null || anyForm.isBlank()) {
            throw new OfficialAccountHandleInvalidException("The handle is empty");
        }
        String form = anyForm.strip().toLowerCase(Locale.ROOT);
        ProfileForm profile = FORMS.get(platform);
        String handle = SCHEME.matcher(form).find() || form.contains("/")
            ? fromAddress(platform, profile, form) : withoutAt(form);
        if (!profile.handle().matcher(handle).matches()) {
            throw new OfficialAccountHandleInvalidException("'" + anyForm.strip() + "' is not a valid handle on "
                + platform);
        }
        return handle;
    }

    private static String fromAddress(SocialPlatform platform, ProfileForm profile, String address) {
        String rest = SCHEME.matcher(address).replaceFirst("");
        int fragment = rest.indexOf('#');
        rest = fragment < 0 ? rest : rest.substring(0, fragment);
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        rest = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int slash = rest.indexOf('/');
        String host = HOST_PREFIX.matcher(slash < 0 ? rest : rest.substring(0, slash)).replaceFirst("");
        List<String> path = slash < 0 ? List.of()
            : Arrays.stream(rest.substring(slash + 1).split("/")).filter(segment -> !segment.isEmpty()).toList();
        if (platform == SocialPlatform.OTHER) {
            return host.isEmpty() || path.isEmpty() ? "" : host + "/" + String.join("/", path);
        }
        if (!profile.hosts().contains(host)) {
            throw new OfficialAccountHandleInvalidException("'" + address + "' is not an address on " + platform);
        }
        if (platform == SocialPlatform.FACEBOOK && path.equals(List.of("profile.php"))) {
            // Facebook profiles without a username are addressed by number: facebook.com/profile.php?id=1000...
            Matcher id = FACEBOOK_PROFILE_ID.matcher(query);
            return id.find() ? id.group(1) : "";
        }
        return profile.handleIn(path).orElseThrow(() -> new OfficialAccountHandleInvalidException(
            "'" + address + "' is not the address of a profile on " + platform));
    }

    private static String withoutAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    /** Where a platform's profile address carries the handle: after a section ("company/"), maybe after an @. */
    private record ProfileForm(Set<String> hosts, String section, boolean atSign, Pattern handle) {

        ProfileForm(Set<String> hosts, String section, boolean atSign, String handle) {
            this(hosts, section, atSign, Pattern.compile(handle));
        }

        Optional<String> handleIn(List<String> path) {
            List<String> expected = section == null ? path : path.isEmpty() || !path.get(0).equals(section)
                ? List.of() : path.subList(1, path.size());
            if (expected.size() != 1 || (atSign && !expected.get(0).startsWith("@"))) {
                return Optional.empty();
            }
            return Optional.of(withoutAt(expected.get(0)));
        }
    }
}
