package org.socialgov.console.signin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The development sign-in form as sent: every role ticked, not only the first. */
@Serdeable
public record DevSignInInput(@Nullable String company, @Nullable String person, @Nullable List<String> roles) {
}
