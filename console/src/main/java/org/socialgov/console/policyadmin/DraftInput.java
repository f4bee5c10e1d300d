package org.socialgov.console.policyadmin;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.socialgov.console.employee.PolicyInForce;

/**
 * The draft form as the browser sent it, every field as typed so that it can be shown again: the purposes one per
 * line, the notes, and the rules as rows of parallel fields (a row's "still binds people who have left" box sends
 * the row's index, since an unticked box sends nothing).
 */
@Serdeable
public record DraftInput(@Nullable String purposes, @Nullable String officialStatementNote,
                         @Nullable String questionsHandling, @Nullable String personalUseWelcome,
                         @Nullable List<String> ruleNumber, @Nullable List<String> ruleTitle,
                         @Nullable List<String> ruleText, @Nullable List<String> ruleCategory,
                         @Nullable List<String> ruleSurvives, @Nullable String ifMatch) {

    /** One rule's row of the form. */
    public record Row(int index, String number, String title, String text, String category, boolean survives) {
    }

    /** The form filled with a version's content, for the draft to start from. */
    static DraftInput of(PolicyInForce.Content content, String ifMatch) {
        List<String> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> survives = new ArrayList<>();
        for (PolicyInForce.Guideline rule : content.guidelines()) {
            if (rule.survivesDeparture()) {
                survives.add(Integer.toString(numbers.size()));
            }
            numbers.add(Integer.toString(rule.number()));
            titles.add(rule.title());
            texts.add(rule.text());
            categories.add(rule.category());
        }
        return new DraftInput(String.join("\n", content.purposes()), content.officialStatementNote(),
            content.questionsHandling(), content.personalUseWelcome() ? "true" : null, numbers, titles, texts,
            categories, survives, ifMatch);
    }

    /** The same form against the policy as read now (after a refusal, the next save is against what is shown). */
    DraftInput withIfMatch(String current) {
        return new DraftInput(purposes, officialStatementNote, questionsHandling, personalUseWelcome, ruleNumber,
            ruleTitle, ruleText, ruleCategory, ruleSurvives, current);
    }

    /** The rows as sent, and one empty row more for a new rule. */
    public List<Row> rows() {
        int count = Math.max(Math.max(size(ruleNumber), size(ruleTitle)), Math.max(size(ruleText), size(ruleCategory)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, at(ruleNumber, i), at(ruleTitle, i), at(ruleText, i), at(ruleCategory, i),
                ruleSurvives != null && ruleSurvives.contains(Integer.toString(i))));
        }
        List<Row> filled = rows.stream().filter(row -> !row.number().isBlank() || !row.title().isBlank()
            || !row.text().isBlank() || !row.category().isBlank()).toList();
        List<Row> withNew = new ArrayList<>(filled);
        withNew.add(new Row(count, "", "", "", "", false));
        return withNew;
    }

    public boolean welcomesPersonalUse() {
        return "true".equals(personalUseWelcome);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(@Nullable List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
