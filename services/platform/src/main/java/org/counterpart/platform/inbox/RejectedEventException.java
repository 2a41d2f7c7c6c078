package org.counterpart.platform.inbox;

/**
 * A well-formed event this service must not apply (for example an acknowledgement from a country the
 * request was never sent to). Goes to the dead-letter topic at once: retrying cannot make it right.
 */
public class RejectedEventException extends RuntimeException {
    public RejectedEventException(String reason) {
        super(reason);
    }
}
