package org.socialgov.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.socialgov.platform.store.EmbeddedMongoStore;

/**
 * The whole suite on one machine: the embedded MongoDB stand-in (in this JVM), then each service and the gateway as
 * its own JVM, wired to the store and to each other. Used by the run command and by the end-to-end tests.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path repository;
    private final Path dataDir;
    private final Path storeFile;
    /** The port the store was first given, kept across a stop and start so that the applications find it again. */
    private final int storePort;
    private final String storeConnectionString;
    private EmbeddedMongoStore store;
    private final Map<SuiteApplication, SuiteProcess> processes;
    /** What each application was started with, so that it can be started again the same way after a crash. */
    private final Map<SuiteApplication, Map<String, String>> environments = new EnumMap<>(SuiteApplication.class);
    private final Map<SuiteApplication, Integer> ports = new EnumMap<>(SuiteApplication.class);
    private final SuiteSecrets secrets;

    private LocalSuite(Path repository, Path dataDir, Path storeFile, EmbeddedMongoStore store,
                       Map<SuiteApplication, SuiteProcess> processes, SuiteSecrets secrets) {
        this.repository = repository;
        this.dataDir = dataDir;
        this.storeFile = storeFile;
        this.storePort = store.port();
        this.storeConnectionString = store.connectionString();
        this.store = store;
        this.processes = processes;
        this.secrets = secrets;
    }

    /**
     * Starts the store and the given applications, in the order of {@link SuiteApplication}, each on its port
     * from {@code ports} (or its default), and waits until all are healthy.
     */
    public static LocalSuite start(Path repository, Path dataDir, int storePort, Set<SuiteApplication> applications,
                                   Map<SuiteApplication, Integer> ports, Consumer<String> progress) {
        return start(repository, dataDir, storePort, applications, ports, Map.of(), progress);
    }

    /** As above, with settings every application gets in its environment (e.g. {@code SOCIALGOV_DEMO=true}). */
    public static LocalSuite start(Path repository, Path dataDir, int storePort, Set<SuiteApplication> applications,
                                   Map<SuiteApplication, Integer> ports, Map<String, String> settings,
                                   Consumer<String> progress) {
        SuiteSecrets secrets = SuiteSecrets.loadOrCreate(dataDir);
        Path storeFile = dataDir.resolve("store.mv");
        EmbeddedMongoStore store = EmbeddedMongoStore.start(storeFile, storePort);
        progress.accept("Store ready at " + store.connectionString() + " (data in " + dataDir.toAbsolutePath() + ")");
        Map<SuiteApplication, SuiteProcess> started = new EnumMap<>(SuiteApplication.class);
        LocalSuite suite = new LocalSuite(repository, dataDir, storeFile, store, started, secrets);
        try {
            for (SuiteApplication application : SuiteApplication.values()) {
                if (!applications.contains(application)) {
                    continue;
                }
                int port = ports.getOrDefault(application, application.defaultPort());
                Map<String, String> environment = new HashMap<>(settings);
                environment.putAll(environment(application, port, store, secrets, ports));
                suite.environments.put(application, environment);
                suite.ports.put(application, port);
                SuiteProcess process = suite.launch(application);
                progress.accept(application.module() + " ready on http://localhost:" + port
                    + " (log: " + process.logFile() + ")");
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private SuiteProcess launch(SuiteApplication application) {
        SuiteProcess process = SuiteProcess.start(repository, application, ports.get(application),
            environments.get(application), dataDir.resolve("logs"));
        processes.put(application, process);
        process.awaitHealthy(STARTUP_TIMEOUT);
        return process;
    }

    private static Map<String, String> environment(SuiteApplication application, int port, EmbeddedMongoStore store,
                                                   SuiteSecrets secrets, Map<SuiteApplication, Integer> ports) {
        Map<String, String> env = new HashMap<>();
        env.put(application.envPrefix() + "_PORT", Integer.toString(port));
        env.put("MONGODB_URI", store.connectionString());
        env.put("SOCIALGOV_INTERNAL_JWT_SECRET", secrets.internalTokenSecret());
        // Lets each application notice when the launcher is gone, even after kill -9, and stop too.
        env.put("MICRONAUT_ENVIRONMENTS", "local-suite");
        if (application != SuiteApplication.GATEWAY) {
            // Only the gateway faces the network: the services and their management endpoints answer on this
            // machine alone, as they answer only inside the compose network with Docker.
            env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        }
        if (application == SuiteApplication.GATEWAY) {
            env.put("SOCIALGOV_JWT_SECRET", secrets.userTokenSecret());
            env.put("SOCIALGOV_DEV_TOKENS", "true");
            for (SuiteApplication service : List.of(SuiteApplication.CONTRACT_SERVICE,
                SuiteApplication.POLICY_SERVICE, SuiteApplication.INCIDENT_SERVICE)) {
                env.put(service.envPrefix() + "_URL", "http://127.0.0.1:"
                    + ports.getOrDefault(service, service.defaultPort()));
            }
            env.put("CONSOLE_URL", "http://127.0.0.1:" + ports.getOrDefault(SuiteApplication.CONSOLE,
                SuiteApplication.CONSOLE.defaultPort()));
        }
        if (application == SuiteApplication.CONSOLE) {
            env.put("CONSOLE_GATEWAY_URL", "http://127.0.0.1:" + ports.getOrDefault(SuiteApplication.GATEWAY,
                SuiteApplication.GATEWAY.defaultPort()));
        }
        return env;
    }

    public String gatewayUrl() {
        return url(SuiteApplication.GATEWAY);
    }

    public String url(SuiteApplication application) {
        SuiteProcess process = processes.get(application);
        if (process == null) {
            throw new IllegalStateException(application.module() + " is not part of this suite");
        }
        return "http://localhost:" + process.port();
    }

    public String storeConnectionString() {
        return storeConnectionString;
    }

    /** The secret users' tokens are signed with; tests use it to sign tokens the gateway must refuse or accept. */
    public String userTokenSecret() {
        return secrets.userTokenSecret();
    }

    /** The secret only the gateway signs services' tokens with; tests use it to call a service directly. */
    public String internalTokenSecret() {
        return secrets.internalTokenSecret();
    }

    /** Kills one application at once, as a crash would, leaving the rest running. */
    public void kill(SuiteApplication application) {
        SuiteProcess process = processes.remove(application);
        if (process != null) {
            process.kill();
        }
    }

    /** Starts a killed application again, as it was started before, and waits until it is healthy. */
    public void restart(SuiteApplication application) {
        if (processes.containsKey(application) || !environments.containsKey(application)) {
            throw new IllegalStateException(application.module() + " is running or was never part of this suite");
        }
        launch(application);
    }

    /**
     * Stops the store while the applications keep running, as an outage of the database would: open connections
     * drop and new ones are refused. {@link #startStore()} brings it back.
     */
    public synchronized void stopStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Starts the store again after {@link #stopStore()}, on the same port and the same data file. */
    public synchronized void startStore() {
        if (store == null) {
            store = EmbeddedMongoStore.start(storeFile, storePort);
        }
    }

    /** Stops the applications in reverse order of start, then the store. */
    @Override
    public void close() {
        List<SuiteProcess> running = new ArrayList<>(processes.values());
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        processes.clear();
        stopStore();
    }
}
