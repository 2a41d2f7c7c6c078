package org.counterpart.network.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;

/**
 * Who may read and write what on the exchange: the one table the launcher applies, the deploy files
 * express and the tests hold the broker to. Everything not granted here is refused
 * ({@code allow.everyone.if.no.acl.found=false}); only the admin creates topics.
 */
public final class ExchangeAccess {

    /** The hub: reads every country's outbound topic, writes every inbound topic and the lifecycle facts. */
    public static final String HUB = "routing";
    /** Tracking reads lifecycle facts only. */
    public static final String TRACKING = "tracking";
    /** Creates topics, users and ACLs; never used by a service. */
    public static final String ADMIN = "admin";
    /** The hub's operator path browses the dead letters with throwaway groups of this prefix. */
    public static final String DEAD_LETTER_BROWSER_GROUP = "dead-letter-browser-";

    /**
     * One permission of one principal.
     *
     * @param pattern LITERAL for one topic or group, PREFIXED for every name that starts with {@code name}
     */
    public record Grant(String principal, ResourceType resource, String name, PatternType pattern, AclOperation operation) {

        public AclBinding binding() {
            return new AclBinding(new ResourcePattern(resource, name, pattern),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
        }
    }

    private ExchangeAccess() {
    }

    private static final String COUNTRY_PRINCIPAL = "mla-request-";

    /**
     * Kafka principal of country {@code country}'s mla-request service, in lower case: Kubernetes names
     * users that way (a Strimzi {@code KafkaUser} is its principal), so one table serves both.
     */
    public static String countryPrincipal(Country country) {
        return COUNTRY_PRINCIPAL + country.code().toLowerCase(Locale.ROOT);
    }

    /** The key a principal's service signs with: its country's, the hub's or tracking's. */
    public static Signer signerOf(String principal) {
        return switch (principal) {
            case HUB -> Signer.HUB;
            case TRACKING -> Signer.TRACKING;
            default -> {
                if (!principal.startsWith(COUNTRY_PRINCIPAL)) {
                    throw new IllegalArgumentException("no service principal " + principal);
                }
                yield Signer.country(Country.of(principal.substring(COUNTRY_PRINCIPAL.length()).toUpperCase(Locale.ROOT)));
            }
        };
    }

    /** Every service principal of a network of {@code countries}. */
    public static List<String> principals(Collection<Country> countries) {
        List<String> principals = new ArrayList<>(List.of(HUB, TRACKING));
        countries.forEach(country -> principals.add(countryPrincipal(country)));
        return principals;
    }

    /** The whole table for a network of {@code countries}. */
    public static List<Grant> table(Collection<Country> countries) {
        List<Grant> grants = new ArrayList<>(hub());
        grants.addAll(tracking());
        countries.forEach(country -> grants.addAll(country(country)));
        return grants;
    }

    /** A country writes its own outbound topic and reads its own inbound topic as its own group, nothing else. */
    public static List<Grant> country(Country country) {
        String principal = countryPrincipal(country);
        return List.of(
                literalTopic(principal, Topics.outbound(country), AclOperation.WRITE),
                literalTopic(principal, Topics.inbound(country), AclOperation.READ),
                new Grant(principal, ResourceType.GROUP, ConsumerGroups.country(country), PatternType.LITERAL, AclOperation.READ),
                literalTopic(principal, Topics.DEADLETTER, AclOperation.WRITE));
    }

    static List<Grant> hub() {
        return List.of(
                new Grant(HUB, ResourceType.TOPIC, Topics.OUTBOUND_PREFIX, PatternType.PREFIXED, AclOperation.READ),
                new Grant(HUB, ResourceType.GROUP, ConsumerGroups.HUB, PatternType.LITERAL, AclOperation.READ),
                new Grant(HUB, ResourceType.TOPIC, Topics.INBOUND_PREFIX, PatternType.PREFIXED, AclOperation.WRITE),
                literalTopic(HUB, Topics.LIFECYCLE, AclOperation.WRITE),
                literalTopic(HUB, Topics.DEADLETTER, AclOperation.WRITE),
                literalTopic(HUB, Topics.DEADLETTER, AclOperation.READ),
                new Grant(HUB, ResourceType.GROUP, DEAD_LETTER_BROWSER_GROUP, PatternType.PREFIXED, AclOperation.READ));
    }

    static List<Grant> tracking() {
        return List.of(
                literalTopic(TRACKING, Topics.LIFECYCLE, AclOperation.READ),
                new Grant(TRACKING, ResourceType.GROUP, ConsumerGroups.TRACKING, PatternType.LITERAL, AclOperation.READ),
                literalTopic(TRACKING, Topics.DEADLETTER, AclOperation.WRITE));
    }

    private static Grant literalTopic(String principal, String topic, AclOperation operation) {
        return new Grant(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, operation);
    }
}
