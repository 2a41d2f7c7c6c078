package org.counterpart.events.sealing;

/** Sealed content this service cannot or will not open: not for it, for a key it no longer holds, tampered with. */
public class SealRefusedException extends RuntimeException {

    public SealRefusedException(String reason) {
        super(reason);
    }

    public SealRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
