package org.socialgov.platform.process;

import java.util.Map;

import jakarta.inject.Singleton;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.identity.AuditMetaData;

/**
 * Sends the commands of a service's own scheduled processes (deadline watches), recorded as the process's acts: the
 * record names the process as the actor ({@code system:<process>}), with the role SYSTEM, in the company of the
 * object. A command that fails is logged and left for the process's next round, so that one stuck object never holds
 * up the others.
 */
@Singleton
public class SystemCommands {

    public static final String ROLE = "SYSTEM";
    private static final Logger LOG = LoggerFactory.getLogger(SystemCommands.class);

    private final CommandGateway commandGateway;

    public SystemCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** The actor a process's acts are recorded under. */
    public static String actor(String process) {
        return "system:" + process;
    }

    /**
     * Sends {@code command} as {@code process}, in company {@code tenant}, and waits for it; true if it was handled,
     * false if it failed (logged with {@code what}, the object in words, e.g. "contract c-1").
     */
    public boolean send(String process, String tenant, Object command, String what) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(Map.of(
                AuditMetaData.TENANT, tenant,
                AuditMetaData.ACTOR, actor(process),
                AuditMetaData.ACTOR_ROLE, ROLE)));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{} could not act on {}; it tries again on its next round: {}", process, what, e.getMessage());
            return false;
        }
    }
}
