package org.counterpart.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.tracking.facts.LifecycleStory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A consumer thread that dies of an Error (not an exception it can rejoin after) fails liveness, and
 * readiness once it has not moved on for {@code counterpart.health.stalled-after}. Its own application,
 * so the instance it leaves dead is not the other tests'; three seconds there, so the test need not wait a minute.
 */
@QuarkusTest
@TestProfile(WorkerLivenessBrokerTest.OwnInstance.class)
class WorkerLivenessBrokerTest {

    public static class OwnInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("counterpart.health.stalled-after", "3s");
        }
    }

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Inject
    EventConsumers consumers;

    @Test
    void aConsumerThatDiedOfAnErrorMakesLivenessFail() {
        given().get("/q/health/live").then().statusCode(200).body("checks.find { it.name == 'workers' }.status",
                equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'workers-moving' }.status", equalTo("UP"))
                .body("checks.find { it.name.contains('Kafka') }.status", equalTo("UP"));
        // A second member of tracking's group (the one its Kafka principal may join), given some partitions.
        consumers.start(ConsumerGroups.TRACKING, List.of(Topics.LIFECYCLE), event -> {
            throw new AssertionError("a handler that dies of an Error");
        });
        // The new member owns partitions only once the group has rebalanced, which takes its own time:
        // requests keep coming (a pair and a year no other test counts) until one of them reaches it.
        // The consumer's thread is meant to die of it; Awaitility would otherwise fail on that death.
        AtomicInteger sent = new AtomicInteger();
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    sendRequestsOfEveryPartition(sent);
                    given().get("/q/health/live").then().statusCode(503)
                            .body("checks.find { it.name == 'workers' }.data.'consumer tracking'", equalTo("died"))
                            .body("checks.find { it.name == 'workers' }.data.'outbox-relay'", equalTo("running"));
                });
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'workers-moving' }.data.'consumer tracking'", startsWith("stalled since")));
    }

    /** Twelve requests of their own keys, spread over the topic's partitions. */
    private void sendRequestsOfEveryPartition(AtomicInteger sent) {
        for (int i = 0; i < 12; i++) {
            LifecycleStory.mla("MY", "PH", Instant.parse("2018-01-08T03:00:00Z").plusSeconds(sent.getAndIncrement()))
                    .envelopes().forEach(fact -> KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.LIFECYCLE, fact)));
        }
    }
}
