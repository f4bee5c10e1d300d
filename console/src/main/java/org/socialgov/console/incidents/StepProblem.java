package org.socialgov.console.incidents;

import java.util.Map;

/**
 * A step the API (or the console, for what it must convert) refused: what was entered, each field's problem beside
 * its input, and the problem's title and detail in words.
 */
public record StepProblem(HandlingStep step, StepInput input, Map<String, String> errors, String title,
                          String detail) {
}
