package org.socialgov.platform.rebuild;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A projection rebuild as an operator follows it: which processing groups, how many events of how many, how fast,
 * how long still, and how it ended. The body of the {@code /admin/projections/rebuild} operations
 * ({@code openapi/operations.yaml}, schema {@code ProjectionRebuildStatus}).
 *
 * @param totalEvents     the events stored when the rebuild started, times the processing groups rebuilt (each one
 *                        reads the whole store again)
 * @param processedEvents the events the processing groups have finished with since their reset, up to the ones stored
 *                        at the start; events appended meanwhile are handled too, as usual, but not counted here
 * @param secondsLeft     an estimate from the speed so far; absent while nothing has been processed yet
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionRebuildStatus(RebuildState state, List<String> processingGroups, long totalEvents,
                                      long processedEvents, int percentDone, long eventsPerSecond,
                                      @Nullable Long secondsLeft, Instant startedAt, @Nullable Instant finishedAt,
                                      @Nullable String failureReason) {
}
