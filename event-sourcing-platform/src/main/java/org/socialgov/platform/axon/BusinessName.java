package org.socialgov.platform.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the business calls one of these aggregates ("contract", "official account"): the word every answer that one
 * is not there uses ({@link NoSuchAggregateException}). Every aggregate type a service registers carries it; the
 * platform refuses to start without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BusinessName {

    String value();
}
