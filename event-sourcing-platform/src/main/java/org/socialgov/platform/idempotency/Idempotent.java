package org.socialgov.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.micronaut.aop.Around;
import org.socialgov.platform.identity.AuditMetaData;

/**
 * Marks a state-changing endpoint that honours {@code Idempotency-Key}: the same key with the same request answers
 * the original response again without a second effect; the same key with another request is refused (422).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface Idempotent {

    String HEADER = AuditMetaData.IDEMPOTENCY_KEY_HEADER;
}
