package org.socialgov.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.problem.ProblemException;

/**
 * One log line per command, in words: what was asked, by whom, for which company, and whether it was done or
 * refused and why. Business refusals are normal outcomes (INFO); anything else is a failure (WARN).
 */
final class CommandOutcomeLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger LOG = LoggerFactory.getLogger("commands");

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
        throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        long started = System.nanoTime();
        // Events are stored when the unit of work commits, after the handler returns: only then is it done.
        unitOfWork.afterCommit(u -> LOG.info("{} done in {} ms", describe(command),
            (System.nanoTime() - started) / 1_000_000));
        unitOfWork.onRollback(u -> {
            Throwable cause = u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult();
            if (cause instanceof ProblemException || cause instanceof ConflictingModificationException
                || cause instanceof ConcurrencyException) {
                // Refusals and lost races are normal outcomes the caller is told about, not failures.
                LOG.info("{} refused: {}", describe(command), cause.getMessage());
            } else {
                LOG.warn("{} failed: {}", describe(command), String.valueOf(cause));
            }
        });
        return chain.proceed();
    }

    private static String describe(CommandMessage<?> command) {
        MetaData metaData = command.getMetaData();
        return command.getPayloadType().getSimpleName().replaceFirst("Command$", "")
            + " by " + metaData.getOrDefault(AuditMetaData.ACTOR, "system")
            + " for " + metaData.getOrDefault(AuditMetaData.TENANT, "no tenant")
            + " (request " + metaData.getOrDefault(AuditMetaData.REQUEST_ID, "none") + ")";
    }
}
