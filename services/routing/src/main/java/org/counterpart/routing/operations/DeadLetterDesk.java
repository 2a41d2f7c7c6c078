package org.counterpart.routing.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.InvalidEventException;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.inbox.DeadLetterSeal;
import org.counterpart.platform.inbox.DeadLetters;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.kafka.KafkaClients;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.signing.TrustedKeys;

/**
 * What no consumer could apply, for the regional operator (through the API and the regional console):
 * listed with the reasons, and once the cause is fixed a letter goes back to the topic it came from.
 * Shows metadata only, never the case content.
 */
@ApplicationScoped
public class DeadLetterDesk {

    public static final String REPLAYED_FROM = "counterpart-replayed-from";

    public record LetterView(int partition, long offset, Instant parkedAt, String consumer, String reason, String origin,
            String eventId, String type, String requestId, Country sourceCountry, Instant replayedAt, String replayedBy) {
    }

    private final DeadLetterArchive archive;
    private final KafkaClients kafka;
    private final TrustedKeys trustedKeys;
    private final EventConsumers consumers;
    private final InstantSource clock;

    DeadLetterDesk(DeadLetterArchive archive, KafkaClients kafka, TrustedKeys trustedKeys, EventConsumers consumers, InstantSource clock) {
        this.clock = clock;
        this.archive = archive;
        this.kafka = kafka;
        this.trustedKeys = trustedKeys;
        this.consumers = consumers;
    }

    /** The newest {@code limit} letters of each partition, with what became of them. */
    public List<LetterView> newest(int limit, Caller caller) {
        requireRegional(caller);
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("perPartition", "must be between 1 and 1000");
        }
        Map<DeadLetterReplay.Position, DeadLetterReplay> replays = DeadLetterReplay.<DeadLetterReplay>listAll().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.position, r -> r));
        return archive.newest(limit).stream()
                .map(letter -> view(letter, replays.get(new DeadLetterReplay.Position(letter.partition(), letter.offset()))))
                .toList();
    }

    /**
     * Puts the letter back where its consumer read it, once; consumers skip it if it had been applied
     * after all. Only a letter whose parking record is sealed by the service that runs that consumer,
     * naming a topic that consumer reads, goes back.
     */
    @Transactional
    public LetterView replay(int partition, long offset, Caller caller) {
        requireRegional(caller);
        ConsumerRecord<String, byte[]> letter = archive.at(partition, offset)
                .orElseThrow(() -> ProblemException.notFound("Dead letter " + partition + "/" + offset));
        DeadLetterReplay done = DeadLetterReplay.findById(new DeadLetterReplay.Position(partition, offset));
        if (done != null) {
            throw ProblemException.conflict("Dead letter " + partition + "/" + offset + " was replayed at "
                    + done.replayedAt + " by " + done.replayedBy, Map.of("replayedAt", done.replayedAt));
        }
        LetterOrigin origin = originOf(letter, partition, offset);
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.position = new DeadLetterReplay.Position(partition, offset);
        replay.originTopic = origin.topic();
        replay.replayedBy = caller.name();
        replay.replayedAt = clock.instant();
        replay.persistAndFlush();
        if (origin.redeliverHere()) {
            redeliver(letter, origin.topic());
        } else {
            publish(letter, origin.topic(), partition, offset);
        }
        return view(letter, replay);
    }

    private LetterOrigin originOf(ConsumerRecord<String, byte[]> letter, int partition, long offset) {
        Signer parker;
        try {
            parker = trustedKeys.verify(DeadLetterSeal.statementOf(letter),
                    DeadLetterSeal.header(letter, DeadLetterSeal.HEADER));
        } catch (SignatureRefusedException e) {
            throw ProblemException.conflict("Dead letter " + partition + "/" + offset + " cannot be replayed: its parking "
                    + "record is not sealed by a service this hub trusts (" + e.getMessage() + ")", Map.of());
        }
        String consumer = DeadLetterSeal.header(letter, DeadLetters.CONSUMER);
        String origin = DeadLetterSeal.header(letter, DeadLetters.ORIGIN);
        String topic = origin.indexOf('/') < 0 ? "" : origin.substring(0, origin.indexOf('/'));
        return LetterOrigin.of(consumer, topic, parker)
                .orElseThrow(() -> ProblemException.conflict("Dead letter " + partition + "/" + offset + " cannot be "
                        + "replayed: " + parker + " does not run consumer " + consumer + " reading " + topic, Map.of()));
    }

    /** The hub reads the countries' outbound topics but may not write them: it applies such a letter itself. */
    private void redeliver(ConsumerRecord<String, byte[]> letter, String topic) {
        RecordHeaders headers = originalHeaders(letter);
        try {
            consumers.redeliver(ConsumerGroups.HUB, new ConsumerRecord<>(topic, letter.partition(), letter.offset(),
                    letter.timestamp(), letter.timestampType(), ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE,
                    letter.key(), letter.value(), headers, Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redelivering", e);
        }
    }

    private static RecordHeaders originalHeaders(ConsumerRecord<String, byte[]> letter) {
        RecordHeaders headers = new RecordHeaders();
        letter.headers().forEach(h -> {
            if (!DeadLetterSeal.isParkingHeader(h.key())) {
                headers.add(h);
            }
        });
        return headers;
    }

    /** Inside the transaction of the replay record: if the broker refuses, no replay is recorded. */
    private void publish(ConsumerRecord<String, byte[]> letter, String topic, int partition, long offset) {
        RecordHeaders headers = originalHeaders(letter);
        headers.add(REPLAYED_FROM, ("counterpart.deadletter/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.producer().send(new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the replayed letter", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    private static void requireRegional(Caller caller) {
        if (!caller.isRegional()) {
            throw new ForbiddenException("dead letters hold every country's messages; only the regional operator sees them");
        }
    }

    private static LetterView view(ConsumerRecord<String, byte[]> letter, DeadLetterReplay replay) {
        Envelope envelope = null;
        try {
            envelope = EventCodec.deserialize(letter.value());
        } catch (InvalidEventException unreadable) {
            // A letter that is not a valid event is listed with its headers only.
        }
        return new LetterView(letter.partition(), letter.offset(), Instant.ofEpochMilli(letter.timestamp()),
                DeadLetterArchive.header(letter, DeadLetters.CONSUMER), DeadLetterArchive.header(letter, DeadLetters.REASON),
                DeadLetterArchive.header(letter, DeadLetters.ORIGIN),
                envelope == null ? null : envelope.id(), envelope == null ? null : envelope.type().ceType(),
                envelope == null ? letter.key() : envelope.requestId().toString(),
                envelope == null ? null : envelope.sourceCountry(),
                replay == null ? null : replay.replayedAt, replay == null ? null : replay.replayedBy);
    }
}
