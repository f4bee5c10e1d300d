package org.socialgov.contract.api;

/** A fee on top of the base fee, paid on results measured on the stated basis (e.g. follower growth). */
public record PerformanceFee(String basis, Money amount) {
}
