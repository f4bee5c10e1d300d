package org.socialgov.suite;

/**
 * How hard the fault and fuzz suites push: short by default (what CI runs), long on demand with
 * {@code ./mvnw verify -pl local-suite -am -Dsocialgov.stress=long}.
 */
public enum StressLevel {
    SHORT, LONG;

    public static StressLevel current() {
        return "long".equalsIgnoreCase(System.getProperty("socialgov.stress", "short")) ? LONG : SHORT;
    }

    /** The short or the long figure, whichever this run asks for. */
    public int pick(int shortForm, int longForm) {
        return this == LONG ? longForm : shortForm;
    }
}
