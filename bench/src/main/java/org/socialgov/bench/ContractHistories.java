package org.socialgov.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.socialgov.contract.domain.Contract;

/**
 * Contracts with a history of a given length for the audit benchmark: a draft, then revisions of its terms.
 * Recording 10,000 revisions one command at a time takes many minutes on the embedded store (each command loads the
 * contract, which that store finds by scanning the whole event collection), so a long history is a draft and one
 * revision recorded by the service, then copies of that revision appended straight to the event store (sealed into
 * the hash chain as usual), with a snapshot every hundred events as commands would have taken (the snapshot
 * threshold). The copies are stamped {@value #PACE_MILLIS} ms apart, the pace one client records revisions through
 * HTTP on a 2-core machine, so that the tracking processors see as many events within their look-back window as
 * in a history recorded command by command; their stamps lie in the next minutes, after the recorded ones.
 */
final class ContractHistories {

    private static final Pattern CONTRACT_ID = Pattern.compile("\"contractId\"\\s*:\\s*\"([^\"]+)\"");
    private static final int SNAPSHOT_THRESHOLD = 100;
    private static final int RECORDED_IN_FULL = 100;
    private static final long PACE_MILLIS = 40;
    private static final String DRAFT = """
        {"title":"Benchmark contract","provider":{"providerId":"agency-blue","name":"Blue","kind":"AGENCY"},
         "terms":{"scope":{"platforms":["X"],"postsPerMonth":1},
         "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"100.00"}},
         "term":{"start":"2027-01-01","end":"2027-12-31"}}}""";

    private ContractHistories() {
    }

    /** A contract of the token's tenant with {@code events} events (at least 2); answers its id. */
    static String withEvents(BenchService service, String managerToken, int events) {
        Matcher created = CONTRACT_ID.matcher(service.send("POST", "/contracts", managerToken, DRAFT).body());
        if (!created.find()) {
            throw new IllegalStateException("No contract id in the answer to the draft");
        }
        String contractId = created.group(1);
        if (events <= RECORDED_IN_FULL) {
            for (int revision = 1; revision < events; revision++) {
                revise(service, managerToken, contractId, revision);
            }
        } else {
            revise(service, managerToken, contractId, 1);
            appendCopies(service, contractId, events);
        }
        System.out.printf("Contract with %,d events ready%n", events);
        return contractId;
    }

    private static void appendCopies(BenchService service, String contractId, int events) {
        EventStore eventStore = service.context().getBean(EventStore.class);
        Snapshotter snapshotter = service.context().getBean(Configuration.class).snapshotter();
        DomainEventMessage<?> revision = eventStore.readEvents(contractId).asStream()
            .reduce((first, second) -> second).orElseThrow();
        for (long next = revision.getSequenceNumber() + 1; next < events; ) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (; next < events && batch.size() < SNAPSHOT_THRESHOLD; next++) {
                Instant stamped = revision.getTimestamp().plusMillis(PACE_MILLIS * (next - 1));
                batch.add(new GenericDomainEventMessage<>(revision.getType(), contractId, next,
                    revision.getPayload(), revision.getMetaData(), UUID.randomUUID().toString(), stamped));
            }
            eventStore.publish(batch);
            snapshotter.scheduleSnapshot(Contract.class, contractId);
        }
    }

    private static void revise(BenchService service, String managerToken, String contractId, long revision) {
        service.send("PUT", "/contracts/" + contractId + "/terms", managerToken,
            "{\"scope\":{\"platforms\":[\"X\"],\"postsPerMonth\":" + (revision % 90 + 1) + "}}");
    }
}
