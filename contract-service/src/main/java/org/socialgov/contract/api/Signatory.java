package org.socialgov.contract.api;

/** The person who signs for a party, and in what capacity (e.g. "Head of Legal"). */
public record Signatory(String name, String role) {
}
