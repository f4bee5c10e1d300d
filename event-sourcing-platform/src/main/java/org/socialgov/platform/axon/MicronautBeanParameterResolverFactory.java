package org.socialgov.platform.axon;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import io.micronaut.context.BeanContext;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets Axon handler methods take Micronaut beans as extra parameters, e.g. a command handler in an aggregate that
 * needs a domain service. Asked last, so Axon's own resolvers (payload, metadata, ...) keep precedence.
 */
@Priority(Priority.LOW)
final class MicronautBeanParameterResolverFactory implements ParameterResolverFactory {

    private final BeanContext beanContext;

    MicronautBeanParameterResolverFactory(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        Class<?> type = parameters[parameterIndex].getType();
        if (parameterIndex == 0 || type.isPrimitive() || type.getName().startsWith("java.")
            || !beanContext.containsBean(type)) {
            return null;
        }
        return new ParameterResolver<Object>() {
            @Override
            public Object resolveParameterValue(Message<?> message) {
                return beanContext.getBean(type);
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
