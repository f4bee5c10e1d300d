package org.socialgov.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.context.ApplicationContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.socialgov.contract.ContractServiceApplication;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ProviderKind;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.Term;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.ops.ServiceLauncher;

/**
 * Contract drafts written straight into contract-service's store, as a bulk import would: each a new contract of one
 * of {@value #TENANTS} tenants, appended in batches of {@value #BATCH} through contract-service's own event store, so
 * that stream positions, stream keys and seals are exactly those of a command's events. Tenant {@code tenant-0} is
 * the one the benchmarks act as. Run as a side process ({@link #inSideProcess}), it uses contract-service's beans in
 * a command context that serves nothing and starts no processor, and its memory is not counted as the store's.
 * Usage (side process): ContractInjection STORE_URI FIRST_NUMBER COUNT
 */
final class ContractInjection {

    static final String BENCH_TENANT = "tenant-0";
    private static final int TENANTS = 100;
    private static final int BATCH = 1000;
    private static final String RATE = "INJECTED events/s=";

    private final EventStore eventStore;
    private long injected;

    /** Into this event store, numbering the contracts on from {@code alreadyInjected} (an earlier injection's). */
    ContractInjection(EventStore eventStore, long alreadyInjected) {
        this.eventStore = eventStore;
        this.injected = alreadyInjected;
    }

    public static void main(String[] args) {
        try (ApplicationContext contractService = ServiceLauncher.commandContext(ContractServiceApplication.class)
            .properties(Map.of("socialgov.store.uri", args[0])).start()) {
            double rate = new ContractInjection(contractService.getBean(EventStore.class), Long.parseLong(args[1]))
                .append(Long.parseLong(args[2]));
            System.out.println(RATE + rate);
        }
    }

    /**
     * Appends {@code count} contracts numbered from {@code first} into the store at {@code storeUri} from another JVM;
     * answers the events per second.
     */
    static double inSideProcess(String storeUri, long first, long count) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", ""),
            "-cp", System.getProperty("java.class.path"), ContractInjection.class.getName(), storeUri,
            Long.toString(first), Long.toString(count))
            .redirectErrorStream(true).start();
        double rate = -1;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(RATE)) {
                    rate = Double.parseDouble(line.substring(RATE.length()));
                } else {
                    System.out.println("  [injection] " + line);
                }
            }
        }
        if (process.waitFor() != 0 || rate < 0) {
            throw new IllegalStateException("The injection of " + count + " events failed");
        }
        return rate;
    }

    /** Appends {@code count} contract drafts as fast as the store takes them; answers the events per second. */
    double append(long count) {
        long start = System.nanoTime();
        long target = injected + count;
        while (injected < target) {
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            for (; injected < target && batch.size() < BATCH; injected++) {
                batch.add(draft(injected));
            }
            eventStore.publish(batch);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** An id a GET can ask for: the {@code n}-th contract injected by this run into the bench tenant. */
    static String benchContract(long n) {
        return contractId(n * TENANTS);
    }

    private static DomainEventMessage<?> draft(long n) {
        String tenant = "tenant-" + n % TENANTS;
        ContractTerms terms = new ContractTerms(new Scope(Set.of(SocialPlatform.X), List.of(), Set.of(), 4),
            new Fees(new Money("EUR", new BigDecimal("100.00")), null),
            new Term(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), null),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        ContractDraftCreatedEvent created = new ContractDraftCreatedEvent(contractId(n), tenant,
            "Imported contract " + n, new Provider("agency-blue", "Blue", ProviderKind.AGENCY), terms);
        return new GenericDomainEventMessage<>("Contract", contractId(n), 0, created, Map.of(
            AuditMetaData.TENANT, tenant, AuditMetaData.ACTOR, "bench-import", AuditMetaData.ACTOR_ROLE,
            "CONTRACT_MANAGER"));
    }

    private static String contractId(long n) {
        return String.format("imported-%09d", n);
    }
}
