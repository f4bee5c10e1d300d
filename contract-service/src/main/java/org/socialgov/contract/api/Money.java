package org.socialgov.contract.api;

import java.math.BigDecimal;

/** An amount in a currency; decimal, never floating-point, so that fees add up to the cent. */
public record Money(String currency, BigDecimal amount) {
}
