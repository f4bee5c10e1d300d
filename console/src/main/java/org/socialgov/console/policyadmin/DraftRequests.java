package org.socialgov.console.policyadmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the draft form into the API's PolicyContent, and the API's field paths back into the form's names: rule
 * rows left empty are not sent, so {@code guidelines[k]} is the k-th row that was. The console checks only what it
 * must convert (rule numbers); every rule of the policy is the API's.
 */
final class DraftRequests {

    private static final Pattern GUIDELINE = Pattern.compile("guidelines\\[(\\d+)]\\.?(\\w*)");
    private static final Pattern PURPOSE = Pattern.compile("purposes(\\[\\d+])?");

    /** The body, and for each guideline sent the index of the form's row it came from. */
    record Request(Map<String, Object> body, List<Integer> rowOfGuideline) {

        /** The form's name for a field the API named. */
        String formField(String apiField) {
            Matcher guideline = GUIDELINE.matcher(apiField);
            if (guideline.matches()) {
                int sent = Integer.parseInt(guideline.group(1));
                String part = guideline.group(2).isEmpty() ? "title" : guideline.group(2);
                int row = sent < rowOfGuideline.size() ? rowOfGuideline.get(sent) : sent;
                return "rule-" + row + "-" + (part.equals("survivesDeparture") ? "category" : part);
            }
            if (PURPOSE.matcher(apiField).matches()) {
                return "purposes";
            }
            return apiField.equals("guidelines") ? "rules" : apiField;
        }
    }

    private DraftRequests() {
    }

    static Request of(DraftInput input, Map<String, String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purposes", Arrays.stream(input.text(input.purposes()).split("\\R")).map(String::strip)
            .filter(line -> !line.isEmpty()).toList());
        body.put("officialStatementNote", input.text(input.officialStatementNote()).strip());
        body.put("questionsHandling", input.text(input.questionsHandling()).strip());
        body.put("personalUseWelcome", input.welcomesPersonalUse());
        List<Map<String, Object>> guidelines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<DraftInput.Row> formRows = input.rows();
        for (DraftInput.Row row : formRows.subList(0, formRows.size() - 1)) {
            Map<String, Object> guideline = new LinkedHashMap<>();
            guideline.put("number", number(row, problems));
            guideline.put("title", row.title().strip());
            guideline.put("text", row.text().strip());
            guideline.put("category", row.category().isBlank() ? null : row.category());
            guideline.put("survivesDeparture", row.survives());
            guidelines.add(guideline);
            rows.add(row.index());
        }
        body.put("guidelines", guidelines);
        return new Request(body, rows);
    }

    private static Integer number(DraftInput.Row row, Map<String, String> problems) {
        try {
            return Integer.parseInt(row.number().strip());
        } catch (NumberFormatException e) {
            problems.put("rule-" + row.index() + "-number", "must be a whole number, such as 8");
            return null;
        }
    }
}
