package org.socialgov.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Singleton;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps each command with the caller's audit metadata; Axon's correlation data providers then copy it onto every
 * event the command produces. Metadata already on the command (e.g. set by a system process) wins.
 */
@Singleton
public class AuditMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentIdentity currentIdentity;

    public AuditMetaDataInterceptor(CurrentIdentity currentIdentity) {
        this.currentIdentity = currentIdentity;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
        List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(merged(command));
    }

    private Map<String, Object> merged(CommandMessage<?> command) {
        Map<String, Object> metaData = currentIdentity.auditMetaData();
        metaData.putAll(command.getMetaData());
        return metaData;
    }
}
