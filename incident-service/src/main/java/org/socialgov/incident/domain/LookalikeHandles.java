package org.socialgov.incident.domain;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.socialgov.incident.api.ImitatedAccount;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.SocialPlatform;

/**
 * Whether a post's author poses as one of the company's official accounts. Impostors choose handles that a reader
 * takes for the real one at a glance: a digit or a Cyrillic or Greek letter for a Latin one ("AcmeHe1p"), a separator
 * ("acme_help"), a typo ("AcmeHlep"), a word around the name ("real_acmehelp"), or simply the real name on a platform
 * where the company has not claimed it. So handles are compared by their skeleton, what is left once look-alike
 * characters are reduced to one and separators dropped. Official names shorter than four characters only match on
 * the same skeleton: a typo in, or a word around, three letters gives an ordinary stranger's name. A handle that is
 * itself official on the post's platform is the company speaking, even when it also looks like another of its
 * accounts.
 */
public final class LookalikeHandles {

    static final int SHORTEST_NAME_WITH_WORDS_AROUND = 4;
    static final int MOST_CHARACTERS_AROUND = 12;
    static final int SHORTEST_NAME_WITH_ONE_TYPO = 5;
    static final int SHORTEST_NAME_WITH_TWO_TYPOS = 10;

    private static final Pattern AT_AND_SPACES_AROUND = Pattern.compile("^[\\s@]+|\\s+$",
        Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final String SEPARATORS = "_.-";
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
        Map.entry('0', 'o'), Map.entry('1', 'l'), Map.entry('i', 'l'), Map.entry('|', 'l'), Map.entry('3', 'e'),
        Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('$', 's'), Map.entry('@', 'a'),
        // Cyrillic а е о р с х у і ј ѕ, Turkish dotless ı
        Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043e', 'o'), Map.entry('\u0440', 'p'),
        Map.entry('\u0441', 'c'), Map.entry('\u0445', 'x'), Map.entry('\u0443', 'y'), Map.entry('\u0456', 'l'),
        Map.entry('\u0458', 'j'), Map.entry('\u0455', 's'), Map.entry('\u0131', 'l'),
        // Greek α ο ρ ν κ ι
        Map.entry('\u03b1', 'a'), Map.entry('\u03bf', 'o'), Map.entry('\u03c1', 'p'), Map.entry('\u03bd', 'v'),
        Map.entry('\u03ba', 'k'), Map.entry('\u03b9', 'l'));

    /** A handle that reads the same is a surer imitation than one with typos, and that than one with words added. */
    private enum Likeness { SAME_SKELETON, TYPOS, WORDS_AROUND }

    private record Resemblance(OfficialAccountHandle account, Likeness likeness, int difference) {
    }

    private LookalikeHandles() {
    }

    /** The official account the author's handle imitates, the closest one when it looks like several. */
    public static Optional<OfficialAccountHandle> imitated(SocialPlatform platform, String authorHandle,
                                                           List<OfficialAccountHandle> officialAccounts) {
        String handle = normalise(authorHandle);
        if (handle.isEmpty() || isOfficial(platform, handle, officialAccounts)) {
            return Optional.empty();
        }
        String skeleton = skeleton(handle);
        return officialAccounts.stream()
            .flatMap(account -> resemblance(skeleton, account).stream())
            .min(closestFirst(platform))
            .map(Resemblance::account);
    }

    /** The official account a reported post's author imitates, as the report records it; null if none. */
    public static ImitatedAccount imitatedBy(PostReport report, List<OfficialAccountHandle> officialAccounts) {
        return imitated(report.platform(), report.authorHandle(), officialAccounts)
            .map(account -> new ImitatedAccount(account.platform(), account.handle()))
            .orElse(null);
    }

    private static boolean isOfficial(SocialPlatform platform, String handle, List<OfficialAccountHandle> accounts) {
        return accounts.stream().anyMatch(account -> account.platform() == platform
            && normalise(account.normalisedHandle()).equals(handle));
    }

    private static Optional<Resemblance> resemblance(String skeleton, OfficialAccountHandle account) {
        String official = skeleton(normalise(account.normalisedHandle()));
        if (skeleton.isEmpty() || official.isEmpty()) {
            return Optional.empty();
        }
        if (skeleton.equals(official)) {
            return Optional.of(new Resemblance(account, Likeness.SAME_SKELETON, 0));
        }
        int tolerated = typosTolerated(official);
        if (Math.abs(skeleton.length() - official.length()) <= tolerated) {
            int typos = typos(skeleton, official);
            if (typos <= tolerated) {
                return Optional.of(new Resemblance(account, Likeness.TYPOS, typos));
            }
        }
        int around = skeleton.length() - official.length();
        if (official.length() >= SHORTEST_NAME_WITH_WORDS_AROUND && around <= MOST_CHARACTERS_AROUND
            && skeleton.contains(official)) {
            return Optional.of(new Resemblance(account, Likeness.WORDS_AROUND, around));
        }
        return Optional.empty();
    }

    private static int typosTolerated(String official) {
        if (official.length() >= SHORTEST_NAME_WITH_TWO_TYPOS) {
            return 2;
        }
        return official.length() >= SHORTEST_NAME_WITH_ONE_TYPO ? 1 : 0;
    }

    /** Ties go to the account on the post's own platform, then to a fixed order, so the same report reads the same. */
    private static Comparator<Resemblance> closestFirst(SocialPlatform platform) {
        return Comparator.comparing(Resemblance::likeness)
            .thenComparingInt(Resemblance::difference)
            .thenComparing(resemblance -> resemblance.account().platform() != platform)
            .thenComparing(resemblance -> resemblance.account().platform())
            .thenComparing(resemblance -> resemblance.account().normalisedHandle());
    }

    /** The form handles are compared in: lower case, without the @ and the spaces around it. */
    public static String normalise(String handle) {
        return handle == null ? "" : AT_AND_SPACES_AROUND.matcher(handle.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String skeleton(String handle) {
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(handle, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
        StringBuilder skeleton = new StringBuilder(decomposed.length());
        for (char character : decomposed.toCharArray()) {
            char latin = LOOK_ALIKES.getOrDefault(character, character);
            if (SEPARATORS.indexOf(latin) < 0) {
                skeleton.append(latin);
            }
        }
        return skeleton.toString().replace("rn", "m").replace("vv", "w");
    }

    /** Damerau–Levenshtein distance (optimal string alignment): swapped neighbours are the commonest typo. */
    private static int typos(String a, String b) {
        int[][] distance = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            distance[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            distance[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                distance[i][j] = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                    distance[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    distance[i][j] = Math.min(distance[i][j], distance[i - 2][j - 2] + 1);
                }
            }
        }
        return distance[a.length()][b.length()];
    }
}
