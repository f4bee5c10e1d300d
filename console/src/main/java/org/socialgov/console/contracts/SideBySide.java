package org.socialgov.console.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two versions of the terms in two columns, one row per element that differs, each line marked when the other
 * side does not say it: an accepted amendment (from the API's version comparison) or the open one (its proposed
 * terms against the terms in force).
 */
public record SideBySide(String heading, String before, String after, List<Row> rows) {

    public record Row(String element, List<Line> before, List<Line> after) {
    }

    public record Line(String text, boolean changed) {
    }

    /** From the API's comparison of two numbered versions. */
    static SideBySide ofComparison(String heading, VersionComparison comparison, ClauseWords words) {
        List<Row> rows = comparison.changes().stream().map(change -> {
            String field = ContractElements.byCode(change.element()).map(ContractElements.Element::field).orElse("");
            return row(ContractElements.heading(change.element()), words.lines(field, change.before()),
                words.lines(field, change.after()));
        }).toList();
        return new SideBySide(heading, "Version " + comparison.from(), "Version " + comparison.to(), rows);
    }

    /** The elements on which the proposed terms differ from the terms in force. */
    static SideBySide ofProposal(String heading, Map<String, Object> inForce, Map<String, Object> proposed,
                                 ClauseWords words) {
        List<Row> rows = new ArrayList<>();
        for (ContractElements.Element element : ContractElements.ALL) {
            Object now = inForce.get(element.field());
            Object next = proposed.get(element.field());
            if (!Objects.equals(now, next)) {
                rows.add(row(element.heading(), words.lines(element.field(), asMap(now)),
                    words.lines(element.field(), asMap(next))));
            }
        }
        return new SideBySide(heading, "In force now", "Proposed", rows);
    }

    private static Row row(String element, List<String> before, List<String> after) {
        Set<String> beforeSet = new HashSet<>(before);
        Set<String> afterSet = new HashSet<>(after);
        return new Row(element,
            before.stream().map(line -> new Line(line, !afterSet.contains(line))).toList(),
            after.stream().map(line -> new Line(line, !beforeSet.contains(line))).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object element) {
        return element instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
