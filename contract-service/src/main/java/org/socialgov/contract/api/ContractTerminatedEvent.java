package org.socialgov.contract.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A party ended the contract on a ground, effective on {@code effectiveOn}; the listed duties survive it.
 */
public record ContractTerminatedEvent(String contractId, ContractParty party, TerminationGround ground,
                                      LocalDate effectiveOn, String explanation, List<SurvivingDuty> survivingDuties) {

    public ContractTerminatedEvent {
        survivingDuties = List.copyOf(survivingDuties);
    }
}
