package org.counterpart.network.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.counterpart.events.Country;
import org.counterpart.events.signature.Signer;

/**
 * The secrets of one run of the exchange, generated at start and never committed: the CA and broker
 * certificate, the truststore every client verifies the broker with, and one SCRAM password per
 * principal. Kept in a directory only its owner can read, so an operator can hand a service its own
 * password and nothing else.
 */
public final class ExchangeCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FILE = "credentials.properties";
    private static final String CONTROLLER = "controller";

    private final Path directory;
    private final Properties secrets;

    private ExchangeCredentials(Path directory, Properties secrets) {
        this.directory = directory;
        this.secrets = secrets;
    }

    /** Fresh secrets in {@code directory}: a CA, a broker certificate for localhost, admin and controller passwords. */
    public static ExchangeCredentials generate(Path directory) {
        return generate(directory, List.of());
    }

    /** As {@link #generate(Path)}, the broker certificate also naming {@code brokerHosts}. */
    public static ExchangeCredentials generate(Path directory, List<String> brokerHosts) {
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties secrets = new Properties();
        secrets.setProperty("tls.password", secret());
        ExchangeCredentials credentials = new ExchangeCredentials(directory, secrets);
        Certificates.issue(directory.resolve("tls"), secrets.getProperty("tls.password"), brokerHosts);
        credentials.passwordOf(ExchangeAccess.ADMIN);
        credentials.passwordOf(CONTROLLER);
        return credentials;
    }

    /** Secrets an earlier {@link #generate} wrote, e.g. for adding a country to a running network. */
    public static ExchangeCredentials load(Path directory) {
        Properties secrets = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(FILE))) {
            secrets.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("no exchange credentials in " + directory, e);
        }
        return new ExchangeCredentials(directory, secrets);
    }

    public Path directory() {
        return directory;
    }

    /** Remembers where this exchange's broker listens, for tools that join a running network. */
    public synchronized void recordBootstrap(String bootstrapServers) {
        secrets.setProperty("bootstrap.servers", bootstrapServers);
        store();
    }

    public String bootstrapServers() {
        String bootstrap = secrets.getProperty("bootstrap.servers");
        if (bootstrap == null) {
            throw new IllegalStateException("no broker address recorded in " + directory);
        }
        return bootstrap;
    }

    /** Kafka client settings of {@code principal} for this exchange's broker. */
    public Properties client(String principal) {
        return client(bootstrapServers(), principal);
    }

    /**
     * The SCRAM password of {@code principal}, generated the first time it is asked for. Reads the file
     * again first: another process (adding a country to the running network) may have written to it.
     */
    public synchronized String passwordOf(String principal) {
        String key = "principal." + principal;
        reload();
        String password = secrets.getProperty(key);
        if (password == null) {
            password = secret();
            secrets.setProperty(key, password);
            store();
        }
        return password;
    }

    /**
     * What the service of {@code principal} is given on the exchange, as configuration properties (each
     * also settable as an environment variable): its principal and password, the truststore, its own
     * signing keys and the keys it trusts from the start, and for a country's service its sealing keys
     * and its counterparts' first ones. Where the broker is comes separately.
     */
    public Map<String, String> serviceSettings(String principal, ServiceKeys keys) {
        Signer signer = ExchangeAccess.signerOf(principal);
        Map<String, String> settings = new java.util.LinkedHashMap<>(Map.of(
                "counterpart.kafka.principal", principal,
                "counterpart.kafka.password", passwordOf(principal),
                "counterpart.kafka.truststore", truststore().toString(),
                "counterpart.kafka.truststore-password", tlsPassword(),
                "counterpart.signing.keys", keys.keysOf(signer).toString(),
                "counterpart.signing.trust-anchors", keys.trustAnchors().toString()));
        if (signer.isCountry()) {
            settings.put("counterpart.sealing.keys", keys.sealingKeysOf(signer).toString());
            settings.put("counterpart.sealing.anchors", keys.sealingAnchors().toString());
        }
        return settings;
    }

    /**
     * The realm's placeholders for this run (deploy/keycloak): one secret per service client, the
     * hub's and each of {@code countries}', one per country's console client with the address its
     * console is reached at ({@code consoleUrls}; Keycloak returns signed-in users only there), and the
     * demo users' password; and the regional console's client with the hub's address ({@code hubConsoleUrl}).
     */
    public Map<String, String> realmSecrets(List<Country> countries, Map<Country, String> consoleUrls,
            String hubConsoleUrl) {
        Map<String, String> placeholders = new java.util.LinkedHashMap<>();
        List<String> clients = new java.util.ArrayList<>(List.of(ExchangeAccess.HUB, HUB_CONSOLE));
        countries.forEach(country -> clients.add(countryClient(country)));
        countries.forEach(country -> clients.add(consoleClient(country)));
        clients.forEach(client -> placeholders.put(clientSecretPlaceholder(client), clientSecretOf(client)));
        placeholders.put(HUB_CONSOLE_URL, hubConsoleUrl);
        countries.forEach(country -> placeholders.put(consoleUrlPlaceholder(country),
                consoleUrls.getOrDefault(country, NO_CONSOLE)));
        placeholders.put("COUNTERPART_DEMO_PASSWORD", demoPassword());
        return placeholders;
    }

    /** The realm's client the regional console (served by the hub) signs its users in with. */
    public static final String HUB_CONSOLE = "console-hub";

    /** The realm's placeholder for the regional console's address. */
    public static final String HUB_CONSOLE_URL = "COUNTERPART_CONSOLE_URL_HUB";

    /** The address given to a country whose console this setup does not run: it matches no redirect. */
    public static final String NO_CONSOLE = "https://no-console.invalid";

    /** The realm's placeholder for the address of {@code country}'s console (its client's root URL). */
    public static String consoleUrlPlaceholder(Country country) {
        return "COUNTERPART_CONSOLE_URL_" + country.code();
    }

    /** The realm's client that {@code country}'s console signs its users in with (code flow, PKCE). */
    public static String consoleClient(Country country) {
        return "console-" + country.code();
    }

    /** The realm's placeholder for {@code clientId}'s secret (deploy/keycloak), which that client's service is given too. */
    public static String clientSecretPlaceholder(String clientId) {
        return "COUNTERPART_SECRET_" + clientId.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** The realm's client a principal's service obtains its own tokens as; tracking asks no one for anything. */
    public static java.util.Optional<String> oidcClientOf(String principal) {
        Signer signer = ExchangeAccess.signerOf(principal);
        if (signer.isCountry()) {
            return java.util.Optional.of(countryClient(signer.country()));
        }
        return signer.equals(Signer.HUB) ? java.util.Optional.of(ExchangeAccess.HUB) : java.util.Optional.empty();
    }

    /** The console client of a service principal: its country's, the regional one for the hub; tracking serves none. */
    public static java.util.Optional<String> consoleClientOf(String principal) {
        Signer signer = ExchangeAccess.signerOf(principal);
        if (signer.isCountry()) {
            return java.util.Optional.of(consoleClient(signer.country()));
        }
        return signer.equals(Signer.HUB) ? java.util.Optional.of(HUB_CONSOLE) : java.util.Optional.empty();
    }

    /** The realm's client of country {@code country}'s service. */
    public static String countryClient(Country country) {
        return "mla-request-" + country.code();
    }

    /** The OIDC client secret of {@code clientId} for this run, as the identity provider and that one service get it. */
    public String clientSecretOf(String clientId) {
        return passwordOf("oidc-client." + clientId);
    }

    /** The password of database role {@code role} for this run. */
    public String databasePasswordOf(String role) {
        return passwordOf("database." + role);
    }

    /** The password of the demo realm's users for this run. */
    public String demoPassword() {
        return passwordOf("demo-users");
    }

    public String controllerPassword() {
        return passwordOf(CONTROLLER);
    }

    public Path brokerKeystore() {
        return directory.resolve("tls").resolve(Certificates.BROKER_KEYSTORE);
    }

    public Path truststore() {
        return directory.resolve("tls").resolve(Certificates.TRUSTSTORE);
    }

    /** Keystore and truststore share one password; only the truststore is handed to clients, and it holds no key. */
    public String tlsPassword() {
        return secrets.getProperty("tls.password");
    }

    /** Kafka client settings of {@code principal}: SASL_SSL with SCRAM-SHA-512, the broker verified by the run's CA. */
    public Properties client(String bootstrapServers, String principal) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", jaas(principal, passwordOf(principal)));
        p.put("ssl.truststore.location", truststore().toString());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.password", tlsPassword());
        return p;
    }

    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private void reload() {
        Path file = directory.resolve(FILE);
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                stored.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stored.forEach(secrets::putIfAbsent);
        }
    }

    /** Replaces the file in one step, so a reader in another process never sees it half written. */
    private void store() {
        try {
            Path staged = Files.createTempFile(directory, FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(staged)) {
                secrets.store(writer, "Counterpart exchange secrets of this run: never commit, never share");
            }
            Files.move(staged, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 192 random bits, URL-safe, so it needs no quoting in JAAS or properties. */
    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
