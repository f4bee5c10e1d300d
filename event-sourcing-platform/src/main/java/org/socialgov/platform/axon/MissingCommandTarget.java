package org.socialgov.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandMessageHandlingMember;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * A command aimed at an aggregate that does not exist is answered as every other such case is
 * ({@link NoSuchAggregateException}): Axon's own exception says only that some aggregate was not found, so the type
 * it was looked for as is found here from the command's name.
 */
final class MissingCommandTarget implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Map<String, Class<?>> targetTypeByCommand;
    private final EventSourcedModel model;

    private MissingCommandTarget(Map<String, Class<?>> targetTypeByCommand, EventSourcedModel model) {
        this.targetTypeByCommand = Map.copyOf(targetTypeByCommand);
        this.model = model;
    }

    /** Knows the commands of the model's aggregate types, read from their models as Axon built them. */
    static MissingCommandTarget of(Configuration configuration, EventSourcedModel model) {
        Map<String, Class<?>> targets = new HashMap<>();
        for (Class<?> type : model.aggregateTypes()) {
            NoSuchAggregateException.businessName(type);
            AnnotatedAggregateMetaModelFactory.inspectAggregate(type, configuration.parameterResolverFactory(),
                    configuration.handlerDefinition(type))
                .allCommandHandlers().values().stream().flatMap(List::stream)
                .forEach(handler -> handler.unwrap(CommandMessageHandlingMember.class)
                    .ifPresent(command -> targets.put(command.commandName(), type)));
        }
        return new MissingCommandTarget(targets, model);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
        throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException notFound) {
            Class<?> type = targetTypeByCommand.get(unitOfWork.getMessage().getCommandName());
            if (type == null) {
                throw notFound;
            }
            throw new NoSuchAggregateException(type, model.identifierAsNamed(type,
                String.valueOf(notFound.getAggregateIdentifier())));
        }
    }
}
