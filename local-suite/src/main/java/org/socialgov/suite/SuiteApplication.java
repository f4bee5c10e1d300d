package org.socialgov.suite;

/** The applications of the suite: their module and main class, in the order they start. */
public enum SuiteApplication {
    CONTRACT_SERVICE("contract-service", "org.socialgov.contract.ContractServiceApplication", 8081),
    POLICY_SERVICE("policy-service", "org.socialgov.policy.PolicyServiceApplication", 8082),
    INCIDENT_SERVICE("incident-service", "org.socialgov.incident.IncidentServiceApplication", 8083),
    GATEWAY("gateway", "org.socialgov.gateway.GatewayApplication", 8080),
    /** After the gateway, whose API it calls; browsers reach it only through the gateway. */
    CONSOLE("console", "org.socialgov.console.ConsoleApplication", 8084);

    private final String module;
    private final String mainClass;
    private final int defaultPort;

    SuiteApplication(String module, String mainClass, int defaultPort) {
        this.module = module;
        this.mainClass = mainClass;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public String mainClass() {
        return mainClass;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable prefix the application reads its own settings from, e.g. CONTRACT_SERVICE. */
    String envPrefix() {
        return module.toUpperCase().replace('-', '_');
    }
}
