package org.counterpart.routing.clock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.ClockAlert.Level;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.Topics;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hub's clocks on the real broker and database. Test targets: VN acknowledges within 3 s, KH decides
 * within an hour (application.properties); the watch looks every second.
 */
@QuarkusTest
class ClockBrokerTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void unacknowledgedRequestWarnsThenBreachesAndBothSidesAndTrackingHear() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "VN", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        for (String topic : List.of(Topics.inbound(Countries.TH), Topics.inbound(Countries.VN), Topics.LIFECYCLE)) {
            List<ClockAlert> alerts = alertsAbout(kafka, topic, transmitted.requestId(), 2);
            assertEquals(List.of(Level.WARNING, Level.BREACH), alerts.stream().map(ClockAlert::level).toList(), topic);
            assertEquals(Clock.ACKNOWLEDGE, alerts.get(1).clock());
            assertEquals(Duration.ofSeconds(3), alerts.get(1).target());
        }
    }

    /** Nothing of a clock lives in memory: one stored by an earlier run of the hub fires in this one. */
    @Test
    void clockStoredBeforeARestartStillFires() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "LA", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        await().atMost(RelayTestMessages.BOUND).until(() -> clock(transmitted.requestId(), Clock.ACKNOWLEDGE) != null);
        Instant beforeTheRestart = Instant.now().minus(Duration.ofDays(8));
        QuarkusTransaction.requiringNew().run(() -> {
            RequestClock stored = RequestClock.findById(new RequestClock.Key(transmitted.requestId(), Clock.ACKNOWLEDGE));
            stored.startedAt = beforeTheRestart;
            stored.warnAt = beforeTheRestart.plus(Duration.ofDays(7).multipliedBy(8).dividedBy(10));
            stored.dueAt = beforeTheRestart.plus(Duration.ofDays(7));
        });

        List<ClockAlert> alerts = alertsAbout(kafka, Topics.inbound(Countries.TH), transmitted.requestId(), 2);
        assertEquals(List.of(Level.WARNING, Level.BREACH), alerts.stream().map(ClockAlert::level).toList());
        assertEquals(Duration.ofDays(7), alerts.get(0).target());
    }

    @Test
    void decisionClockPausesWhileTheRequesterOwesInformation() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "KH", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        await().atMost(RelayTestMessages.BOUND).until(() -> clock(transmitted.requestId(), Clock.ACKNOWLEDGE) != null);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.KH), Envelope.create(URI.create("/counterpart/mla-request/KH"), Countries.KH,
                transmitted.correlationId(), new RequestAcknowledged(transmitted.requestId(), Countries.TH, Countries.KH, "KH-1", now()))));
        await().atMost(RelayTestMessages.BOUND).until(() -> clock(transmitted.requestId(), Clock.DECIDE) != null);
        Instant dueBefore = clock(transmitted.requestId(), Clock.DECIDE).dueAt;

        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.KH), action(transmitted, "KH", RequestAction.REQUEST_INFO, RequestStatus.INFO_REQUESTED)));
        await().atMost(RelayTestMessages.BOUND).until(() -> clock(transmitted.requestId(), Clock.DECIDE).state
                == RequestClock.State.PAUSED);
        Instant pausedAt = clock(transmitted.requestId(), Clock.DECIDE).pausedAt;
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), action(transmitted, "TH", RequestAction.PROVIDE_INFO, RequestStatus.INFO_PROVIDED)));
        await().atMost(RelayTestMessages.BOUND).until(() -> clock(transmitted.requestId(), Clock.DECIDE).state
                == RequestClock.State.RUNNING);

        RequestClock resumed = clock(transmitted.requestId(), Clock.DECIDE);
        assertNotNull(pausedAt);
        Duration paused = Duration.between(dueBefore, resumed.dueAt);
        assertEquals(true, !paused.isNegative() && !paused.isZero(), "the deadline moved by the paused time: " + paused);
        assertEquals(Duration.ofHours(1).toSeconds(), resumed.targetSeconds);
    }

    private static Envelope action(Envelope about, String sender, RequestAction action, RequestStatus status) {
        return Envelope.create(URI.create("/counterpart/mla-request/" + sender), Country.of(sender), about.correlationId(),
                new RequestActionTaken(about.requestId(), Countries.TH, about.dataAs(org.counterpart.events.RequestTransmitted.class)
                        .requestedCountry(), action, status, null, null, null, now(), null));
    }

    private static RequestClock clock(UUID requestId, Clock clock) {
        return QuarkusTransaction.requiringNew().call(() -> RequestClock.findById(new RequestClock.Key(requestId, clock)));
    }

    private static List<ClockAlert> alertsAbout(KafkaProbe kafka, String topic, UUID requestId, int count) {
        return kafka.awaitAll(topic, r -> requestId.toString().equals(r.key())
                        && KafkaWire.fromRecord(r).type() == EventType.CLOCK_ALERT, count, RelayTestMessages.BOUND).stream()
                .map(r -> KafkaWire.fromRecord(r).dataAs(ClockAlert.class)).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
