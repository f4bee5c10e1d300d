package org.socialgov.console.contracts;

import java.util.List;

import org.socialgov.console.web.Words;

/** What the contract pages write in words beyond a single code: a party as the reader stands to it, a list of codes. */
public final class ContractWords {

    private ContractWords() {
    }

    /** Several values in words, separated by commas. */
    public static String list(List<String> values) {
        return String.join(", ", values.stream().map(Words::code).toList());
    }

    public static String party(String party) {
        return Contract.CLIENT.equals(party) ? "The client (your company)"
            : Contract.PROVIDER.equals(party) ? "The provider" : Words.code(party);
    }
}
