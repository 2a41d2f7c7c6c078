package org.counterpart.events;

import java.util.UUID;

/** Every payload belongs to exactly one request, whose id is also the Kafka key. */
public interface RequestEvent {
    UUID requestId();
}
