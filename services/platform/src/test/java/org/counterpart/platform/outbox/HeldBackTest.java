package org.counterpart.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class HeldBackTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final HeldBack held = new HeldBack(Duration.ofMillis(500));

    @Test
    void aMissingOrForbiddenTopicHoldsBackItsTopicOnly() {
        held.refused(row(1, "counterpart.inbound.ZZ", "k1"), new UnknownTopicOrPartitionException("gone"), NOW);
        held.refused(row(2, "counterpart.inbound.YY", "k2"), new TopicAuthorizationException("not yours"), NOW);
        assertTrue(held.topicsAt(NOW).containsAll(List.of("counterpart.inbound.ZZ", "counterpart.inbound.YY")));
        assertEquals(List.of(""), held.keysAt(NOW), "no request is held, only the topics");
    }

    @Test
    void aRequestRefusedForItsOwnReasonHoldsBackItsMessagesWithDoublingDelays() {
        OutboxMessage refused = row(3, "counterpart.outbound.TH", "request-1");
        held.refused(refused, new NotEnoughReplicasException("one replica"), NOW);
        assertTrue(held.keysAt(NOW.plusMillis(999)).contains("request-1"), "1 s after the first refusal");
        assertFalse(held.keysAt(NOW.plusSeconds(1)).contains("request-1"));
        held.refused(refused, new NotEnoughReplicasException("one replica"), NOW);
        assertTrue(held.keysAt(NOW.plusMillis(1999)).contains("request-1"), "2 s after the second");
        for (int i = 0; i < 30; i++) {
            held.refused(refused, new NotEnoughReplicasException("one replica"), NOW);
        }
        assertFalse(held.keysAt(NOW.plus(HeldBack.LONGEST)).contains("request-1"), "never longer than the longest delay");
        assertTrue(held.described().get("request request-1").contains("32 refusals"), held.described().toString());
    }

    @Test
    void whatGoesThroughIsReleased() {
        OutboxMessage refused = row(4, "counterpart.outbound.TH", "request-2");
        held.refused(refused, new NotEnoughReplicasException("one replica"), NOW);
        held.published(refused);
        assertEquals(List.of(""), held.keysAt(NOW));
        assertTrue(held.described().isEmpty());
    }

    private static OutboxMessage row(long id, String topic, String key) {
        OutboxMessage message = new OutboxMessage();
        message.id = id;
        message.topic = topic;
        message.messageKey = key;
        return message;
    }
}
