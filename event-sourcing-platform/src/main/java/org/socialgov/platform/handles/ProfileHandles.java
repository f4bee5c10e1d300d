package org.socialgov.platform.handles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a social media handle is recognised whatever form it is written in: "@Acme", "acme", "https://x.com/Acme",
 * "twitter.com/acme" all name the same X account. Handles are case-insensitive on every platform we know, so the
 * normal form is lower case, without the leading @, taken out of a profile address when one is given. Only the
 * address of the profile itself is accepted, not of a post or a sub-page: a post's address names its author only
 * by convention, and a wrong guess here would call a stranger official.
 * <p>
 * Shared, so that the official-account lookup (policy-service) and the checks that rely on it (incident-service)
 * can never disagree on whether two forms name the same account. Platforms are named as in the services' enums
 * ({@code X}, {@code FACEBOOK}, ..., {@code OTHER}).
 */
public final class ProfileHandles {

    public static final String OTHER = "OTHER";
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www|m|mobile)\\.");
    private static final Pattern FACEBOOK_PROFILE_ID = Pattern.compile("(?:^|&)id=([0-9]{1,30})(?:&|$)");
    // The characters and lengths each platform allows in a handle today.
    private static final Map<String, ProfileForm> FORMS = Map.of(
        "X", new ProfileForm(Set.of("x.com", "twitter.com"), null, false, "[a-z0-9_]{1,15}"),
        "FACEBOOK", new ProfileForm(Set.of("facebook.com", "fb.com"), null, false, "[a-z0-9.-]{1,100}"),
        "INSTAGRAM", new ProfileForm(Set.of("instagram.com"), null, false, "[a-z0-9._]{1,30}"),
        // A company speaks on LinkedIn through its company page; a member's profile (/in/) is a person's.
        "LINKEDIN", new ProfileForm(Set.of("linkedin.com"), "company", false, "[a-z0-9._-]{1,100}"),
        "YOUTUBE", new ProfileForm(Set.of("youtube.com"), null, true, "[a-z0-9._-]{3,30}"),
        "TIKTOK", new ProfileForm(Set.of("tiktok.com"), null, true, "[a-z0-9._]{2,24}"),
        "THREADS", new ProfileForm(Set.of("threads.net", "threads.com"), null, true, "[a-z0-9._]{1,30}"),
        // Any other site: its own rules are unknown, so the handle is whatever identifies the profile, and an
        // address is matched as host and path.
        OTHER, new ProfileForm(Set.of(), null, false, "[^\\s?#]{1,200}"));

    private ProfileHandles() {
    }

    /** The normal form of a handle or profile address on the platform; refused when nothing handle-like is left. */
    public static String normalise(String platform, String anyForm) {
        if (anyForm == null || anyForm.isBlank()) {
            throw new InvalidHandleException("The handle is empty");
        }
        String form = anyForm.strip().toLowerCase(Locale.ROOT);
        ProfileForm profile = formOf(platform);
        String handle = SCHEME.matcher(form).find() || form.contains("/")
            ? fromAddress(platform, profile, form) : withoutAt(form);
        if (!profile.handle().matcher(handle).matches()) {
            throw new InvalidHandleException("'" + anyForm.strip() + "' is not a valid handle on " + platform);
        }
        return handle;
    }

    /**
     * Whether an address is that of a post (or any page) under the account's profile: on one of the platform's
     * hosts, its path the profile's path and more ({@code x.com/AcmeHelp/status/1} for {@code acmehelp} on X,
     * {@code tiktok.com/@acme/video/1}, {@code linkedin.com/company/acme/posts/...}). An address that does not show
     * the account ({@code instagram.com/p/C0de}, {@code youtube.com/watch?v=...}) is not taken as the account's.
     */
    public static boolean isPostOf(String platform, String normalisedHandle, String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        ProfileForm profile = formOf(platform);
        Address parsed = Address.of(address.strip().toLowerCase(Locale.ROOT));
        if (platform.equals(OTHER)) {
            return (parsed.host() + "/" + String.join("/", parsed.path())).startsWith(normalisedHandle + "/");
        }
        List<String> profilePath = profile.pathTo(normalisedHandle);
        return profile.hosts().contains(parsed.host()) && parsed.path().size() > profilePath.size()
            && parsed.path().subList(0, profilePath.size()).equals(profilePath);
    }

    private static ProfileForm formOf(String platform) {
        ProfileForm profile = FORMS.get(platform);
        if (profile == null) {
            throw new IllegalArgumentException("No platform " + platform);
        }
        return profile;
    }

    private static String fromAddress(String platform, ProfileForm profile, String address) {
        Address parsed = Address.of(address);
        if (platform.equals(OTHER)) {
            return parsed.host().isEmpty() || parsed.path().isEmpty() ? ""
                : parsed.host() + "/" + String.join("/", parsed.path());
        }
        if (!profile.hosts().contains(parsed.host())) {
            throw new InvalidHandleException("'" + address + "' is not an address on " + platform);
        }
        if (platform.equals("FACEBOOK") && parsed.path().equals(List.of("profile.php"))) {
            // Facebook profiles without a username are addressed by number: facebook.com/profile.php?id=1000...
            Matcher id = FACEBOOK_PROFILE_ID.matcher(parsed.query());
            return id.find() ? id.group(1) : "";
        }
        return profile.handleIn(parsed.path()).orElseThrow(() -> new InvalidHandleException(
            "'" + address + "' is not the address of a profile on " + platform));
    }

    private static String withoutAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    /** A web address taken apart: host without scheme and www./m./mobile., the path's segments, the query. */
    private record Address(String host, List<String> path, String query) {

        static Address of(String address) {
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
            return new Address(host, path, query);
        }
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

        /** The path of the profile's address: the inverse of {@link #handleIn}. */
        List<String> pathTo(String normalisedHandle) {
            List<String> path = new ArrayList<>();
            if (section != null) {
                path.add(section);
            }
            path.add(atSign ? "@" + normalisedHandle : normalisedHandle);
            return path;
        }
    }
}
