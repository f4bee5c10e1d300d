package org.socialgov.platform.upstream;

/**
 * Another service's event stream that this service follows read-only (ARCHITECTURE.md, decision 2): the tracking
 * processor {@code processingGroup} reads the events collection of {@code database} and keeps a local read model of
 * the facts it needs, so that those facts are at hand when the other service is down.
 *
 * @param processingGroup the processor, and the processing group of the handlers that keep the read model
 * @param database        the other service's database, in the same MongoDB deployment
 * @param owner           who keeps the record, as users know it ("contract-service"), for logs and refusals
 */
public record UpstreamFeed(String processingGroup, String database, String owner) {
}
