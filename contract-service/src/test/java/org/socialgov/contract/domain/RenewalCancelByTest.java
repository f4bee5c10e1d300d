package org.socialgov.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.Term;

/** The renewal cancel-by date: the last day notice still stops the coming renewal, while a renewal may come. */
class RenewalCancelByTest {

    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final Term RENEWING = new Term(LocalDate.of(2027, 1, 1), END, new AutoRenewal(12, 60));

    @Test
    void givenActiveContractThatRenewsItself_whenAsked_thenTheEndLessTheNoticePeriod() {
        assertEquals(LocalDate.of(2027, 11, 1), RenewalRules.cancelBy(RENEWING, ContractStatus.ACTIVE, false));
    }

    @Test
    void givenDraftThatWillRenewItself_whenAsked_thenTheSameDateAsOnceActive() {
        assertEquals(LocalDate.of(2027, 11, 1), RenewalRules.cancelBy(RENEWING, ContractStatus.DRAFT, false));
    }

    @Test
    void givenFixedTerm_whenAsked_thenNone() {
        assertNull(RenewalRules.cancelBy(new Term(RENEWING.start(), END, null), ContractStatus.ACTIVE, false));
    }

    @Test
    void givenNoticeGiven_whenAsked_thenNone() {
        assertNull(RenewalRules.cancelBy(RENEWING, ContractStatus.ACTIVE, true));
    }

    @Test
    void givenContractNoLongerRunning_whenAsked_thenNone() {
        for (ContractStatus ended : new ContractStatus[] {ContractStatus.WITHDRAWN, ContractStatus.TERMINATED,
            ContractStatus.EXPIRED}) {
            assertNull(RenewalRules.cancelBy(RENEWING, ended, false), ended.name());
        }
    }

    @Test
    void givenTermWithoutEnd_whenAsked_thenNone() {
        assertNull(RenewalRules.cancelBy(new Term(RENEWING.start(), null, RENEWING.autoRenewal()),
            ContractStatus.DRAFT, false));
        assertNull(RenewalRules.cancelBy(null, ContractStatus.DRAFT, false));
    }
}
