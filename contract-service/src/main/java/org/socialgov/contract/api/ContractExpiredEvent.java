package org.socialgov.contract.api;

import java.time.LocalDate;
import java.util.List;

/** The contract ran to the end of its term and ended; surviving duties still bind. */
public record ContractExpiredEvent(String contractId, LocalDate endedOn, List<SurvivingDuty> survivingDuties) {

    public ContractExpiredEvent {
        survivingDuties = List.copyOf(survivingDuties);
    }
}
