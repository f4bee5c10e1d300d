package org.socialgov.platform.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes the batch's read-model changes ({@link ReadModelWrites}) once its last event is handled: inside the
 * handling, so that a refused write fails the batch as a handler would, and before the processor stores its token
 * (which Axon does when the unit of work commits).
 */
public final class ReadModelFlush implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
        throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            ReadModelWrites.flushAll(unitOfWork);
        }
        return result;
    }
}
