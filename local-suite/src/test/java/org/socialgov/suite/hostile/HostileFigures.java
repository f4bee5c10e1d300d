package org.socialgov.suite.hostile;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a run did: requests sent by family and answered by status, operations covered, time taken. */
final class HostileFigures {

    private final Map<String, Integer> byFamily = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Set<String> covered = new TreeSet<>();
    private int requests;
    private int serverErrors;
    private int acceptedMutations;

    void count(SpecOperation operation, String family, int status) {
        requests++;
        byFamily.merge(family, 1, Integer::sum);
        byStatus.merge(status, 1, Integer::sum);
        covered.add(operation.key());
        if (status >= 500) {
            serverErrors++;
        }
        if (status < 400 && operation.mutates()) {
            acceptedMutations++;
        }
    }

    int requests() {
        return requests;
    }

    int serverErrors() {
        return serverErrors;
    }

    int operationsCovered() {
        return covered.size();
    }

    String summary(long millis) {
        return "Hostile input: " + requests + " requests to " + covered.size() + " operations in "
            + Math.round(millis / 1000.0) + " s; 5xx: " + serverErrors + "; accepted changes: " + acceptedMutations
            + "\n  by status: " + byStatus + "\n  by family: " + byFamily;
    }
}
