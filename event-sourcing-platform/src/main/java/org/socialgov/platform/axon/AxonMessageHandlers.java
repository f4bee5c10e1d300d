package org.socialgov.platform.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Singleton;

/**
 * Marks a Micronaut bean whose {@code @EventHandler}, {@code @QueryHandler} or {@code @CommandHandler} methods Axon
 * must call: projections and query handlers. The platform registers every such bean with Axon at startup.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Singleton
public @interface AxonMessageHandlers {
}
