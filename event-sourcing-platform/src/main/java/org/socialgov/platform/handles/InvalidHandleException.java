package org.socialgov.platform.handles;

/** What was given as a handle names no profile on the platform; each service answers it as its rules say. */
public class InvalidHandleException extends IllegalArgumentException {

    public InvalidHandleException(String message) {
        super(message);
    }
}
