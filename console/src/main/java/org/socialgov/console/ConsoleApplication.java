package org.socialgov.console;

import io.micronaut.runtime.Micronaut;

/** Starts the web console, which the gateway serves at {@code /}. */
public final class ConsoleApplication {

    private ConsoleApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ConsoleApplication.class, args);
    }
}
