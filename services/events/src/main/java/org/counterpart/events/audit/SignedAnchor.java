package org.counterpart.events.audit;

/**
 * An anchor as it travels to the hub and back: the statement's exact text ({@link AuditAnchor#statement()})
 * and the country's detached signature over its UTF-8 bytes.
 */
public record SignedAnchor(String statement, String signature) {
}
