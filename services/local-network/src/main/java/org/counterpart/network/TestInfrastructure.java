package org.counterpart.network;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;

/**
 * Gives a Quarkus test a real Kafka broker, closed as in production and provisioned for the whole region,
 * and its own real PostgreSQL database, started for the test run and stopped at its end. Init arguments:
 * {@code database} names the service's database, {@code principal} the service's principal on the
 * exchange. Tests find the run's secrets (to act as another principal) in
 * {@value #EXCHANGE_SECRETS}.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Configuration property naming the directory of this run's exchange secrets. */
    public static final String EXCHANGE_SECRETS = "counterpart.test.exchange-secrets";

    private String database = "counterpart_test";
    private String principal;
    private Infrastructure infrastructure;
    private static MailServer mail;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        principal = initArgs.get("principal");
        if (principal == null) {
            throw new IllegalArgumentException("TestInfrastructure needs the service's principal (init argument 'principal')");
        }
    }

    @Override
    public Map<String, String> start() {
        Path work;
        try {
            work = Files.createTempDirectory("counterpart-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        infrastructure = Infrastructure.startOrConnect(ProjectLayout.detect(), work, LocalNetwork.REGION);
        // Unique per run, so runs against a shared external server do not see each other's rows.
        String name = database + "_" + ProcessHandle.current().pid();
        Map<String, String> settings = new HashMap<>(infrastructure.exchangeSettings(principal));
        settings.putAll(infrastructure.databaseSettings(name));
        settings.put(EXCHANGE_SECRETS, infrastructure.credentials().directory().toString());
        ExchangeCredentials.oidcClientOf(principal).ifPresent(client ->
                settings.put("COUNTERPART_CLIENT_SECRET", infrastructure.credentials().clientSecretOf(client)));
        ExchangeCredentials.consoleClientOf(principal).ifPresent(client ->
                settings.put("COUNTERPART_CONSOLE_SECRET", infrastructure.credentials().clientSecretOf(client)));
        if (ExchangeAccess.signerOf(principal).isCountry()) {
            mail = MailServer.start(FreePort.pick(), FreePort.pick());
            settings.putAll(mail.senderSettings());
            // Quarkus tests serve on 8081.
            settings.put("COUNTERPART_CONSOLE_PUBLIC_URL", "http://localhost:8081");
        }
        return settings;
    }

    /** The mail server a country service's notices go to in this test run. */
    public static MailServer mail() {
        if (mail == null) {
            throw new IllegalStateException("no mail server: only a country service's tests start one");
        }
        return mail;
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
