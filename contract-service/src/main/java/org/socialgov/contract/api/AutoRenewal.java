package org.socialgov.contract.api;

/**
 * The contract renews itself for {@code renewalMonths} at its end, unless a party gives notice at least
 * {@code noticeDays} before the end.
 */
public record AutoRenewal(int renewalMonths, int noticeDays) {
}
