package org.socialgov.contract;

import io.micronaut.runtime.Micronaut;

/** Starts the contract service. */
public final class ContractServiceApplication {

    private ContractServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ContractServiceApplication.class, args);
    }
}
