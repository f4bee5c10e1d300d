package org.socialgov.policy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AccountPeriodTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 4, 1);
    private static final LocalDate RETIRED_ON = LocalDate.of(2026, 3, 31);
    private static final AccountPeriod OPEN = new AccountPeriod("@Acme", "https://x.com/Acme", "News", SINCE, null,
        null);

    @Test
    void givenAccountNotRetired_whenAsked_thenOfficialFromItsFirstDayOn() {
        assertFalse(OPEN.activeOn(SINCE.minusDays(1)));
        assertTrue(OPEN.activeOn(SINCE));
        assertTrue(OPEN.activeOn(LocalDate.of(2099, 1, 1)));
        assertEquals(OfficialAccountStatus.SCHEDULED, OPEN.statusOn(SINCE.minusDays(1)));
        assertEquals(OfficialAccountStatus.ACTIVE, OPEN.statusOn(SINCE));
    }

    @Test
    void givenRetiredAccount_whenAsked_thenOfficialUntilTheDayBeforeRetirement() {
        AccountPeriod retired = OPEN.retired(RETIRED_ON, "Closed");
        assertTrue(retired.activeOn(RETIRED_ON.minusDays(1)));
        assertFalse(retired.activeOn(RETIRED_ON));
        assertEquals(OfficialAccountStatus.RETIRED, retired.statusOn(RETIRED_ON));
        assertEquals(OfficialAccountStatus.ACTIVE, retired.statusOn(RETIRED_ON.minusDays(1)));
    }
}
