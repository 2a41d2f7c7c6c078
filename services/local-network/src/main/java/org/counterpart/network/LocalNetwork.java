package org.counterpart.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ExchangeProvisioning;
import org.counterpart.network.history.HistorySeeder;

/**
 * The whole regional network on one machine: Kafka, PostgreSQL, Keycloak, routing, tracking and one
 * mla-request instance per country, each its own process and database. Used by the run command and
 * by the system test.
 */
public final class LocalNetwork implements AutoCloseable {

    /** The network's members: the ten ASEAN member states and Timor-Leste. */
    public static final List<Country> REGION = Stream.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL")
            .map(Country::of).toList();

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Country, QuarkusService> countries = new LinkedHashMap<>();
    private Infrastructure infrastructure;
    private KeycloakServer keycloak;
    private QuarkusService routing;
    private MailServer mail;
    private QuarkusService tracking;
    private Path run;

    private LocalNetwork() {
    }

    /**
     * Starts the network with an mla-request instance for each of {@code countries}; {@code networkCountries}
     * are the countries those instances may address (the directory decides whether they can be reached).
     */
    public static LocalNetwork start(ProjectLayout layout, List<Country> countries, List<Country> networkCountries) {
        return start(layout, countries, networkCountries, Map.of());
    }

    /** As above, with extra settings for the hub, e.g. short clock targets for a test. */
    public static LocalNetwork start(ProjectLayout layout, List<Country> countries, List<Country> networkCountries,
            Map<String, String> hubSettings) {
        LocalNetwork network = new LocalNetwork();
        try {
            network.startAll(layout, countries, networkCountries, hubSettings);
            return network;
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    private void startAll(ProjectLayout layout, List<Country> countryCodes, List<Country> networkCountries,
            Map<String, String> hubSettings) {
        run = layout.runDirectory();
        infrastructure = remember(Infrastructure.startOrConnect(layout, run, networkCountries));
        // The hub collects files from each country's service, and Keycloak returns each country's console
        // users to it, so both must know the services' addresses before they start.
        Map<Country, Integer> countryPorts = new LinkedHashMap<>();
        int preferred = 8081;
        for (Country country : countryCodes) {
            countryPorts.put(country, FreePort.preferring(preferred++));
        }
        int routingPort = FreePort.preferring(8090);
        mail = remember(MailServer.start(FreePort.preferring(2525), FreePort.preferring(3143)));
        Map<Country, String> consoles = new LinkedHashMap<>();
        countryPorts.forEach((country, port) -> consoles.put(country, "http://localhost:" + port));
        // Placeholders for every client of the realm, so none is left as its public literal.
        keycloak = remember(KeycloakServer.start(layout, run, secrets().realmSecrets(REGION, consoles,
                "http://localhost:" + routingPort)));

        // Tracking first: every console's figures page asks it, with the analyst's own token.
        tracking = remember(service(layout, "tracking", "tracking", ExchangeAccess.TRACKING, FreePort.preferring(8095),
                Map.of()));
        Map<String, String> routingSettings = new HashMap<>(hubSettings);
        countryPorts.forEach((country, port) ->
                routingSettings.put("COUNTERPART_EXCHANGE_COUNTRIES_" + country, "http://localhost:" + port));
        routingSettings.put("QUARKUS_REST_CLIENT_TRACKING_CONSOLE_URL", tracking.url());
        routing = remember(service(layout, "routing", "routing", ExchangeAccess.HUB, routingPort,
                routingSettings));
        for (Country country : countryCodes) {
            countries.put(country, remember(service(layout, "mla-request", ExchangeCredentials.countryClient(country),
                    ExchangeAccess.countryPrincipal(country), countryPorts.get(country), Map.of(
                            "COUNTRY", country.code(),
                            "COUNTERPART_NETWORK_COUNTRIES", networkCountries.stream().map(Country::code)
                                    .collect(Collectors.joining(",")),
                            "QUARKUS_REST_CLIENT_HUB_URL", routing.url(),
                            "QUARKUS_REST_CLIENT_TRACKING_CONSOLE_URL", tracking.url(),
                            "QUARKUS_MAILER_HOST", "127.0.0.1",
                            "QUARKUS_MAILER_PORT", String.valueOf(mail.smtpPort()),
                            "COUNTERPART_CONSOLE_PUBLIC_URL", consoles.get(country),
                            "COUNTERPART_ATTACHMENTS_DIRECTORY", run.resolve("attachments-" + country).toString()))));
        }
    }

    /**
     * Starts {@code module}'s application as {@code name}, connecting to the exchange as
     * {@code principal}, on {@code port} with its own database.
     */
    private QuarkusService service(ProjectLayout layout, String module, String name, String principal, int port,
            Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        infrastructure.exchangeSettings(principal).forEach((property, value) -> env.put(environmentName(property), value));
        infrastructure.databaseSettings(DatabaseAccess.databaseOf(principal))
                .forEach((property, value) -> env.put(environmentName(property), value));
        ExchangeCredentials.oidcClientOf(principal).ifPresent(client ->
                env.put("COUNTERPART_CLIENT_SECRET", secrets().clientSecretOf(client)));
        ExchangeCredentials.consoleClientOf(principal).ifPresent(client ->
                env.put("COUNTERPART_CONSOLE_SECRET", secrets().clientSecretOf(client)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        return QuarkusService.start(name, layout.serviceApplication(module), port, env,
                layout.runDirectory());
    }

    private ExchangeCredentials secrets() {
        return infrastructure.credentials();
    }

    /** The demo users' password of this run. */
    public String demoPassword() {
        return secrets().demoPassword();
    }

    /** The client secret this run gave {@code clientId} (for a test proving one cannot use another's). */
    public String clientSecretOf(String clientId) {
        return secrets().clientSecretOf(clientId);
    }

    /** The environment variable Quarkus reads for {@code property}. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private synchronized <T extends AutoCloseable> T remember(T component) {
        started.add(component);
        return component;
    }

    public String countryUrl(Country country) {
        QuarkusService service = countries.get(country);
        if (service == null) {
            throw new IllegalArgumentException("no instance for " + country + " in this network");
        }
        return service.url();
    }

    /** {@code country}'s service, for a test that stops, kills or restarts it. */
    public QuarkusService countryService(Country country) {
        countryUrl(country);
        return countries.get(country);
    }

    /** The hub, for a test that stops, kills or restarts it. */
    public QuarkusService routingService() {
        return routing;
    }

    /** The tracking service, for a test that stops, kills or restarts it. */
    public QuarkusService trackingService() {
        return tracking;
    }

    /** The broker this run started, for a test that kills, freezes or restarts it. */
    public KafkaBroker broker() {
        return infrastructure.broker();
    }

    /** The run's mail server, where the services' e-mail notices arrive. */
    public MailServer mail() {
        return mail;
    }

    public String routingUrl() {
        return routing.url();
    }

    public String trackingUrl() {
        return tracking.url();
    }

    /** The run's Keycloak, for a test that freezes it. */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String tokenEndpoint() {
        return keycloak.tokenEndpoint();
    }

    public String kafkaBootstrap() {
        return infrastructure.kafkaBootstrap();
    }

    /**
     * Where this run keeps its files: the broker's data (log segments) under {@code kafka/}, each
     * process's log as {@code <name>.log}; for tests that search what was written where.
     */
    public Path runDirectory() {
        return run;
    }

    /** The broker's data directory of this run, or empty when the run uses a broker started elsewhere. */
    public Optional<Path> brokerData() {
        Path data = run.resolve("kafka");
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }

    /** A superuser connection to {@code database}: for a test that searches everything a service stored. */
    public Connection connectAsSuperuser(String database) throws SQLException {
        Postgres postgres = infrastructure.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }

    /** The directory of this run's exchange secrets (for a probe acting as one principal). */
    public String exchangeSecrets() {
        return infrastructure.credentials().directory().toString();
    }

    /** Stops everything in reverse order of starting; keeps going when one part fails to stop. */
    @Override
    public synchronized void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable component : reverse) {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("could not stop " + component + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /**
     * The run command: starts the network, prints how to use it, stops it on Ctrl-C. With arguments
     * {@code add-country CC SECRETS}, provisions a joining country on the exchange whose secrets are in
     * {@code SECRETS} instead (deploy/add-country.sh).
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length == 3 && "add-country".equals(args[0])) {
            System.out.println(addCountry(Path.of(args[2]), Country.of(args[1])));
            return;
        }
        if (args.length == 4 && "seed-history".equals(args[0])) {
            long facts = HistorySeeder.seed(Path.of(args[3]), Integer.parseInt(args[1]), System.nanoTime(),
                    LocalDate.parse(args[2]));
            System.out.println("Seeded " + args[1] + " requests ending " + args[2] + " onto counterpart.lifecycle, as"
                    + " the hub (" + facts + " facts); tracking reads them as they arrive.");
            return;
        }
        String configured = System.getenv().getOrDefault("COUNTERPART_COUNTRIES", "TH,MY,PH");
        List<Country> countries = Stream.of(configured.split(",")).map(Country::of).toList();
        Instant begin = Instant.now();
        LocalNetwork network = new LocalNetwork();
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before starting, so Ctrl-C during a slow start still stops what already runs.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the Counterpart network ...");
            network.close();
            stopped.countDown();
        }));
        network.startAll(ProjectLayout.detect(), countries, REGION, Map.of());
        System.out.println(network.describe(countries, Duration.between(begin, Instant.now())));
        stopped.await();
    }

    /**
     * A country joins the running exchange whose secrets are in {@code secrets}: its two topics, its
     * principal with exactly its grants. Returns what its operator needs, to hand over privately.
     */
    public static String addCountry(Path secrets, Country country) {
        ExchangeCredentials credentials = ExchangeCredentials.load(secrets);
        String password;
        try (ExchangeProvisioning admin = ExchangeProvisioning.connect(credentials)) {
            password = admin.addCountry(country);
        }
        return "Provisioned " + Topics.outbound(country) + " and " + Topics.inbound(country) + " with principal "
                + ExchangeAccess.countryPrincipal(country) + ".\nGive its service (privately): KAFKA_BOOTSTRAP_SERVERS="
                + credentials.bootstrapServers() + " COUNTERPART_KAFKA_PASSWORD=" + password
                + " COUNTERPART_KAFKA_TRUSTSTORE=" + credentials.truststore()
                + " COUNTERPART_KAFKA_TRUSTSTORE_PASSWORD=" + credentials.tlsPassword() + "\n";
    }

    private String describe(List<Country> countryCodes, Duration took) {
        StringBuilder text = new StringBuilder("\nCounterpart network is up (started in ")
                .append(took.toSeconds()).append(" s). Ctrl-C stops everything.\n\n");
        text.append("Sign in to a country's console in a browser (users: prosecutor-th, authority-th, authority-my,"
                + " police-my, ...; password of this run: ").append(demoPassword()).append("):\n");
        for (Country country : countryCodes) {
            text.append("  console ").append(country).append("      ").append(countryUrl(country)).append("/console\n");
        }
        text.append("and to the regional console (users: directory-admin, the regional desk; operator-region;"
                + " analyst-region; directory-th, directory-my, ..., the countries' correspondents):\n")
                .append("  console REGION  ").append(routingUrl()).append("/console\n");
        text.append("\nServices:\n");
        for (Country country : countryCodes) {
            text.append("  mla-request ").append(country).append("  ").append(countryUrl(country)).append('\n');
        }
        text.append("  routing         ").append(routingUrl()).append('\n')
                .append("  tracking        ").append(trackingUrl()).append('\n')
                .append("  keycloak        ").append(keycloak.issuer()).append('\n')
                .append("  kafka           ").append(kafkaBootstrap()).append('\n')
                .append("  mail            IMAP 127.0.0.1:").append(mail.imapPort())
                .append(" (user and password: the address, e.g. authority-my@counterpart.example)\n")
                .append("  logs            ").append(ProjectLayout.detect().runDirectory()).append("\n\n")
                .append("Or get a token for the APIs:\n")
                .append("  curl -s -d grant_type=password -d client_id=").append(KeycloakServer.CLIENT_ID)
                .append(" -d username=prosecutor-th -d password=").append(demoPassword()).append(' ').append(tokenEndpoint())
                .append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/'\n");
        return text.toString();
    }
}
