package org.counterpart.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.tracking.facts.LifecycleStory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A consumer thread that dies of an Error (not an exception it can rejoin after) fails liveness. Its own
 * application (a profile of no settings), so the instance it leaves dead is not the other tests'.
 */
@QuarkusTest
@TestProfile(WorkerLivenessBrokerTest.OwnInstance.class)
class WorkerLivenessBrokerTest {

    public static class OwnInstance implements QuarkusTestProfile {
    }

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Inject
    EventConsumers consumers;

    @Test
    void aConsumerThatDiedOfAnErrorMakesLivenessFail() {
        given().get("/q/health/live").then().statusCode(200).body("checks.find { it.name == 'workers' }.status",
                equalTo("UP"));
        consumers.start("tracking-dying", List.of(Topics.LIFECYCLE), event -> {
            throw new AssertionError("a handler that dies of an Error");
        });
        LifecycleStory.mla("TL", "MM", Instant.parse("2020-01-06T03:00:00Z")).envelopes()
                .forEach(fact -> KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.LIFECYCLE, fact)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/live").then().statusCode(503)
                .body("checks.find { it.name == 'workers' }.data.'consumer tracking-dying'", equalTo("died"))
                .body("checks.find { it.name == 'workers' }.data.'outbox-relay'", equalTo("running")));
    }
}
