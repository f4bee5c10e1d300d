package org.socialgov.contract.api;

import java.time.LocalDate;
import java.util.List;

/** How a contract ended: who ended it, on what ground, from when, and which duties outlive it. */
public record ContractTermination(ContractParty party, TerminationGround ground, LocalDate effectiveOn,
                                  List<SurvivingDuty> survivingDuties) {

    public ContractTermination {
        survivingDuties = List.copyOf(survivingDuties);
    }
}
