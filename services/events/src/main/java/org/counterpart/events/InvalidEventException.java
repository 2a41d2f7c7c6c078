package org.counterpart.events;

/** A message that does not satisfy the contract; consumers send it to the dead-letter topic with this reason. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
