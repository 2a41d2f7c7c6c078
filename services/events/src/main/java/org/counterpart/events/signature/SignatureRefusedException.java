package org.counterpart.events.signature;

/** A message whose signature is missing, malformed, by an unknown or revoked key, or does not verify. */
public class SignatureRefusedException extends RuntimeException {
    public SignatureRefusedException(String reason) {
        super(reason);
    }

    public SignatureRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
