package org.socialgov.suite.hostile;

import java.security.SecureRandom;

import org.socialgov.suite.StressLevel;

/**
 * How hard the run is: the short form CI runs (a fixed seed, a few cases per operation) or, with
 * {@code -Dsocialgov.stress=long}, the long one (a fresh seed, many cases). Any seed can be given back with
 * {@code -Dsocialgov.hostile.seed=...}, and one operation picked with {@code -Dsocialgov.hostile.operation=...},
 * to replay a failure.
 */
record HostileRunSettings(boolean longForm, long seed, int casesPerOperation, String onlyOperation) {

    static final long SHORT_FORM_SEED = 20_261_126L;
    private static final int SHORT_FORM_CASES = 10;
    private static final int LONG_FORM_CASES = 150;

    static HostileRunSettings fromSystemProperties() {
        boolean longForm = StressLevel.current() == StressLevel.LONG;
        String seed = System.getProperty("socialgov.hostile.seed", "");
        String cases = System.getProperty("socialgov.hostile.cases", "");
        return new HostileRunSettings(longForm,
            !seed.isBlank() ? Long.parseLong(seed) : longForm ? new SecureRandom().nextLong() : SHORT_FORM_SEED,
            !cases.isBlank() ? Integer.parseInt(cases) : longForm ? LONG_FORM_CASES : SHORT_FORM_CASES,
            System.getProperty("socialgov.hostile.operation", ""));
    }

    boolean includes(SpecOperation operation) {
        return onlyOperation.isBlank() || onlyOperation.equals(operation.operationId());
    }

    /** The random source of one operation's cases: the same seed gives the same requests, run whole or alone. */
    long seedOf(SpecOperation operation, String phase) {
        return seed * 31 + (operation.key() + "/" + phase).hashCode();
    }

    String replay() {
        return "-Dsocialgov.hostile.seed=" + seed + " -Dsocialgov.hostile.cases=" + casesPerOperation;
    }

    @Override
    public String toString() {
        return (longForm ? "long" : "short") + " form, seed " + seed + ", " + casesPerOperation
            + " hostile requests per operation" + (onlyOperation.isBlank() ? "" : ", only " + onlyOperation);
    }
}
