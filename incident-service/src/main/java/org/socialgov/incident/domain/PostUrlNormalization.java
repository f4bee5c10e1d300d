package org.socialgov.incident.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When two links point at the same post. People copy links from the app, the mobile site or a share button, so the
 * same post arrives as {@code https://mobile.twitter.com/Acme/status/1?s=20&ref_src=twsrc} and as
 * {@code x.com/acme/status/1/}. The normal form is host and path, without scheme, {@code www.}/{@code m.}/
 * {@code mobile.} prefixes, fragment, trailing slash and the parameters that only say where the link was shared
 * (the rest are kept, sorted, because some platforms name the post by them, e.g. YouTube's {@code v}); twitter.com
 * is x.com. The path keeps its case (Instagram and TikTok codes are case-sensitive), except on x.com, where handles
 * are not.
 */
public final class PostUrlNormalization {

    private static final Set<String> HOST_PREFIXES = Set.of("www.", "m.", "mobile.");
    private static final Set<String> SHARING_PARAMETERS = Set.of("s", "t", "ref", "ref_src", "ref_url", "si",
        "fbclid", "gclid", "igshid", "igsh", "feature", "share", "mibextid");

    private PostUrlNormalization() {
    }

    public static String normalise(String url) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (String prefix : HOST_PREFIXES) {
            if (host.startsWith(prefix)) {
                host = host.substring(prefix.length());
            }
        }
        if (host.equals("twitter.com")) {
            host = "x.com";
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (host.equals("x.com")) {
            path = path.toLowerCase(Locale.ROOT);
        }
        String query = keptParameters(uri.getRawQuery());
        return host + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String keptParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
            .filter(parameter -> !parameter.isEmpty())
            .filter(parameter -> {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                return !name.startsWith("utm_") && !SHARING_PARAMETERS.contains(name);
            })
            .sorted()
            .collect(Collectors.joining("&"));
    }

    private static URI parse(String url) {
        String candidate = url == null ? "" : url.strip();
        if (!candidate.matches("(?i)^https?://.*")) {
            candidate = "https://" + candidate;
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                throw invalid(url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(url);
        }
    }

    private static IncidentRuleViolationException invalid(String url) {
        return new IncidentRuleViolationException("postUrl '" + url + "' is not the web address of a post");
    }
}
