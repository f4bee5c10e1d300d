package org.socialgov.contract;

import org.socialgov.platform.ops.ServiceLauncher;

/** Starts the contract service, or runs an operations command such as {@code rebuild-projections}. */
public final class ContractServiceApplication {

    private ContractServiceApplication() {
    }

    public static void main(String[] args) {
        ServiceLauncher.launch(ContractServiceApplication.class, args);
    }
}
