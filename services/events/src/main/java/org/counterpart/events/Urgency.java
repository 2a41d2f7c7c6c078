package org.counterpart.events;

public enum Urgency {
    ROUTINE,
    URGENT
}
