package org.socialgov.suite.hostile;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * One kind of hostile change to a valid request, e.g. "a string past its maxLength", in a family such as
 * "boundary". The change alters the draft and says how (printed with any failure), or returns null and leaves the
 * draft alone when the operation has nothing it could change.
 */
record Mutation(String family, BiFunction<RequestDraft, Random, String> change) {

    String apply(RequestDraft draft, Random random) {
        return change.apply(draft, random);
    }
}
