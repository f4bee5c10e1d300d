package org.socialgov.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.socialgov.platform.projection.ReadModelWriteException;

/**
 * Watches one tracking processor's handling of each event. A handler's exception reaches it because handlers'
 * errors propagate (Axon's default would log them and go on to the next event, skipping the failed one for good);
 * it is told to {@link ProcessorFailures}, which decides whether the processor stops, and then thrown on, so that
 * the processor rolls the batch back and keeps its token before the event.
 */
final class FailureWatch implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processor;
    private final ProcessorFailures failures;
    private final Runnable stopProcessor;

    FailureWatch(String processor, ProcessorFailures failures, Runnable stopProcessor) {
        this.processor = processor;
        this.failures = failures;
        this.stopProcessor = stopProcessor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
        throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        try {
            Object result = interceptorChain.proceed();
            failures.handled(processor, event);
            return result;
        } catch (Exception | Error e) {
            // A write refused when the batch's writes went out together belongs to the event whose change it was.
            EventMessage<?> failedOn = e instanceof ReadModelWriteException refused && refused.event() != null
                ? refused.event() : event;
            if (failures.failed(processor, failedOn, e)) {
                // Before the exception leaves: the processor must not take the next batch after its retry pause.
                stopProcessor.run();
            }
            throw e;
        }
    }
}
