package org.counterpart.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one local network the system tests share, started at the first test that needs it and stopped
 * when the test run ends: Thailand, Malaysia and the Philippines as separate mla-request processes,
 * routing, tracking, Kafka, PostgreSQL and Keycloak. Starting it takes longer than most tests, so every
 * test class works on the same one.
 */
public final class RegionalNetwork implements BeforeAllCallback {

    private static final List<Country> COUNTRIES = List.of(Countries.TH, Countries.MY, Countries.PH);
    private static Running shared;

    /** Starts the network before the first class that extends with it; the test run's end closes it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RegionalNetwork.class) {
            if (shared == null) {
                shared = new Running(start());
                io.restassured.RestAssured.filters(new ApiContract(shared.network(), COUNTRIES));
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RegionalNetwork.class, shared);
            }
        }
    }

    /** The running network, for a class that extends with {@code RegionalNetwork}. */
    static synchronized LocalNetwork get() {
        if (shared == null) {
            throw new IllegalStateException("@ExtendWith(RegionalNetwork.class) starts the network");
        }
        return shared.network();
    }

    private static LocalNetwork start() {
        // AU is addressable (a Bali Process member joining) but has no directory entry yet.
        List<Country> addressable = new ArrayList<>(LocalNetwork.REGION);
        addressable.add(Countries.AU);
        // A short acknowledgement target, so the clock test can watch a breach across a restart of the hub.
        return LocalNetwork.start(ProjectLayout.detect(), COUNTRIES, addressable,
                Map.of("COUNTERPART_CLOCKS_DEFAULTS_ACKNOWLEDGE", "PT25S", "COUNTERPART_CLOCKS_CHECK_EVERY", "1s"));
    }

    /** A real Keycloak access token for a demo user of deploy/keycloak/counterpart-realm.json. */
    static String token(LocalNetwork network, String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "counterpart-cli")
                .formParam("username", user)
                .formParam("password", network.demoPassword())
                .post(network.tokenEndpoint())
                .then().statusCode(200).extract().path("access_token");
    }

    private record Running(LocalNetwork network) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            synchronized (RegionalNetwork.class) {
                network.close();
                shared = null;
            }
        }
    }
}
