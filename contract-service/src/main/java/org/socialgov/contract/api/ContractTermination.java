package org.socialgov.contract.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How a contract ended: who ended it and on what ground (both null when it expired at the end of its term), from
 * when, and which duties outlive it.
 */
public record ContractTermination(ContractParty party, TerminationGround ground, LocalDate effectiveOn,
                                  List<SurvivingDuty> survivingDuties) {

    public ContractTermination {
        survivingDuties = List.copyOf(survivingDuties);
    }
}
