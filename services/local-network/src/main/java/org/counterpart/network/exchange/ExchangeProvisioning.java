package org.counterpart.network.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.counterpart.events.Country;

/**
 * What the exchange's admin does before services connect, and again when a country joins: topics with
 * their settings, one SCRAM principal per service, and exactly the grants of {@link ExchangeAccess}.
 */
public final class ExchangeProvisioning implements AutoCloseable {

    private static final int SCRAM_ITERATIONS = 8192;

    private final Admin admin;
    private final ExchangeCredentials credentials;
    private final short replication;

    private ExchangeProvisioning(Admin admin, ExchangeCredentials credentials, short replication) {
        this.admin = admin;
        this.credentials = credentials;
        this.replication = replication;
    }

    /** Connects to the broker {@code credentials} recorded, as its admin, for a single-node exchange. */
    public static ExchangeProvisioning connect(ExchangeCredentials credentials) {
        return connect(credentials.bootstrapServers(), credentials, (short) 1);
    }

    /** Connects as the admin principal of {@code credentials}. */
    public static ExchangeProvisioning connect(String bootstrapServers, ExchangeCredentials credentials, short replication) {
        Properties p = credentials.client(bootstrapServers, ExchangeAccess.ADMIN);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return new ExchangeProvisioning(Admin.create(p), credentials, replication);
    }

    /** The whole network of {@code countries}: shared topics, the hub, tracking and every country. */
    public void network(Collection<Country> countries) {
        topics(ExchangeTopics.plan(countries, replication));
        principals(ExchangeAccess.principals(countries));
        await(admin.createAcls(ExchangeAccess.table(countries).stream().map(ExchangeAccess.Grant::binding).toList()).all(),
                "create ACLs");
    }

    /**
     * A country joining a running network: its two topics, its principal and its grants. Returns the
     * principal's password, to hand to that country's operator.
     */
    public String addCountry(Country country) {
        topics(ExchangeTopics.ofCountry(country, replication));
        String principal = ExchangeAccess.countryPrincipal(country);
        principals(List.of(principal));
        await(admin.createAcls(ExchangeAccess.country(country).stream().map(ExchangeAccess.Grant::binding).toList()).all(),
                "create ACLs of " + country);
        return credentials.passwordOf(principal);
    }

    private void topics(List<ExchangeTopics.Plan> plans) {
        for (ExchangeTopics.Plan plan : plans) {
            try {
                admin.createTopics(List.of(plan.newTopic())).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create topic " + plan.name(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("broker did not create " + plan.name() + " within 30 s", e);
            }
        }
    }

    private void principals(Collection<String> principals) {
        List<org.apache.kafka.clients.admin.UserScramCredentialAlteration> users = principals.stream()
                .<org.apache.kafka.clients.admin.UserScramCredentialAlteration>map(name -> new UserScramCredentialUpsertion(name,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        credentials.passwordOf(name)))
                .toList();
        await(admin.alterUserScramCredentials(users).all(), "create SCRAM users");
    }

    private static void await(KafkaFuture<?> future, String what) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not " + what + " within 30 s", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
