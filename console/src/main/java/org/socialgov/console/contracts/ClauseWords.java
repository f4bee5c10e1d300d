package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.socialgov.console.web.Dates;
import org.socialgov.console.web.Words;

/**
 * One element of a contract's terms in words, a line per thing it says ("Posts per month: 12", "Base monthly fee:
 * EUR 2500.00"), so that two versions can be set side by side line by line. Works on the API's JSON as it is, so a
 * field the console does not know yet still shows, named from its field name.
 */
public final class ClauseWords {

    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry("postsPerMonth", "Posts a month"),
        Map.entry("baseMonthlyFee", "Base fee a month"),
        Map.entry("policy", "Subcontracting allowed"),
        Map.entry("providerFullyLiable", "Provider fully liable for its subcontractors"),
        Map.entry("noDisclosure", "Personal data never disclosed"),
        Map.entry("survivesTermination", "Survives termination"),
        Map.entry("owner", "Rights owned by"),
        Map.entry("coversInventions", "Covers inventions"),
        Map.entry("handledBy", "Claims handled by"),
        Map.entry("holdHarmless", "Client held harmless"),
        Map.entry("noticeDays", "Notice (days)"),
        Map.entry("immediateForCause", "Immediate termination for cause"),
        Map.entry("immediateTermination", "Right to terminate at once"),
        Map.entry("cap", "Damages capped at"),
        Map.entry("months", "Months of fees"),
        Map.entry("writtenAgreementOfBothParties", "Only by written agreement of both parties"),
        Map.entry("agreed", "Clause agreed"),
        Map.entry("prohibited", "Assignment prohibited"),
        Map.entry("exceptionWithWrittenConsent", "Except with written consent"));

    private final Dates dates;

    public ClauseWords(Dates dates) {
        this.dates = dates;
    }

    /** What the element says, a line each; "Not covered" when the contract is silent on it. */
    public List<String> lines(String field, Map<String, Object> element) {
        if (element == null || element.isEmpty()) {
            return List.of("Not covered: the contract is silent");
        }
        if ("term".equals(field)) {
            return term(element);
        }
        List<String> lines = new ArrayList<>();
        addLines("", element, lines);
        return lines;
    }

    private List<String> term(Map<String, Object> term) {
        List<String> lines = new ArrayList<>();
        lines.add("From " + value(term.get("start")) + " to " + value(term.get("end")));
        if (term.get("autoRenewal") instanceof Map<?, ?> renewal) {
            lines.add("Renews itself for " + value(renewal.get("renewalMonths")) + " months");
            lines.add("Notice to stop a renewal: " + value(renewal.get("noticeDays")) + " days before the end");
        } else {
            lines.add("Does not renew itself");
        }
        return lines;
    }

    private void addLines(String prefix, Map<?, ?> values, List<String> lines) {
        values.forEach((key, value) -> {
            String label = prefix + LABELS.getOrDefault(key.toString(), Words.name(key.toString()));
            if (value instanceof Map<?, ?> nested && !isMoney(nested)) {
                addLines(label + ", ", nested, lines);
            } else {
                lines.add(label + ": " + value(value));
            }
        });
    }

    private String value(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Map<?, ?> money && isMoney(money)) {
            return money.get("currency") + " " + money.get("amount");
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "None" : list.stream().map(this::value).collect(Collectors.joining(", "));
        }
        if (value instanceof String text) {
            if (ENUM.matcher(text).matches() && text.length() > 2) {
                return Words.code(text);
            }
            if (DATE.matcher(text).matches()) {
                try {
                    return dates.date(LocalDate.parse(text));
                } catch (DateTimeParseException notADate) {
                    return text;
                }
            }
            return text;
        }
        return String.valueOf(value);
    }

    private static boolean isMoney(Map<?, ?> value) {
        return value.size() == 2 && value.containsKey("currency") && value.containsKey("amount");
    }
}
