package org.counterpart.network.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Milestone;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestEvent;
import org.counterpart.events.RequestProfile;
import org.counterpart.events.Sources;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.network.LocalNetwork;

/**
 * A realistic regional history of requests, as the lifecycle facts the hub would have written: five
 * years across the eleven countries, every kind of cooperation, each request walking its kind's
 * workflow table (so every milestone is one the hub would relay), with refusals, deficient returns,
 * information requests, forwards, withdrawals, held requests, a few never stored by the counterpart
 * and breached acknowledgement clocks. Forced criminality grows year on year, as the region reports.
 * The same seed gives the same shape of history; each run adds new requests.
 */
public final class RegionHistory {

    private static final List<Country> REGION = LocalNetwork.REGION;
    /** How much each country of {@link LocalNetwork#REGION} asks and is asked: the Mekong's and the straits' corridors. */
    private static final double[] WEIGHT = { 0.5, 1.6, 1.2, 0.9, 1.8, 1.4, 1.3, 0.8, 2.2, 1.3, 0.3 };
    private static final Duration ACKNOWLEDGE_TARGET = Duration.ofDays(7);

    private final Random random;
    private final Instant start;
    private final Instant end;

    public RegionHistory(long seed, LocalDate lastDay) {
        this.random = new Random(seed);
        this.end = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.start = lastDay.minusYears(5).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Hands {@code requests} requests' facts to {@code sink}, one request at a time, in each request's
     * order, as the hub's envelopes.
     */
    public void generate(int requests, Consumer<List<Envelope>> sink) {
        for (int i = 0; i < requests; i++) {
            List<RequestEvent> facts = request();
            StatusChanged first = (StatusChanged) facts.get(0);
            sink.accept(facts.stream().map(fact -> Envelope.create(Sources.HUB, first.requestingCountry(),
                    first.requestId(), fact)).toList());
        }
    }

    private List<RequestEvent> request() {
        Country requesting = country(null);
        Country requested = country(requesting);
        UUID id = UUID.randomUUID();
        Instant transmitted = start.plusSeconds((long) (random.nextDouble() * Duration.between(start, end).toSeconds()));
        CooperationKind kind = kind();
        Workflow workflow = Workflows.of(kind);
        Story story = new Story(id, requesting, requested);
        story.add(new StatusChanged(id, requesting, requested, Milestone.TRANSMITTED, transmitted)
                .withProfile(profile(kind, workflow, transmitted)));
        Instant at = transmitted;
        if (random.nextDouble() < 0.012) {
            story.add(new StatusChanged(id, requesting, requested, Milestone.UNROUTABLE, at));
            if (random.nextDouble() < 0.4) {
                return story.facts;
            }
            at = at.plus(hours(4, 72));
        }
        String entry = requested.code() + "-" + (kind.agencyToAgency() ? "POLICE" : "CA");
        story.add(new StatusChanged(id, requesting, requested, Milestone.ROUTED, at).withContactPoint(entry));
        if (random.nextDouble() > 0.006) {
            story.add(new StatusChanged(id, requesting, requested, Milestone.RETRIEVED, at.plusSeconds(1 + random.nextInt(90))));
        }
        // Some pairs are slow to acknowledge: the figures should show it.
        double slowness = 1 + (requested.code().hashCode() + requesting.code().hashCode()) % 4;
        walk(story, workflow, at, slowness, entry);
        return story.facts;
    }

    private void walk(Story story, Workflow workflow, Instant from, double slowness, String entry) {
        RequestStatus status = RequestStatus.TRANSMITTED;
        Instant at = from;
        boolean forwarded = false;
        for (int step = 0; step < 30 && !workflow.isFinal(status); step++) {
            List<Transition> options = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (Transition row : workflow.transitions()) {
                if (row.from().contains(status) && row.carriedBy().isPresent() && row.action() != RequestAction.TRANSMIT
                        && !(forwarded && row.action() == RequestAction.FORWARD)) {
                    options.add(row);
                    weights.add(weight(row.action()));
                }
            }
            if (options.isEmpty()) {
                return;
            }
            Transition row = pick(options, weights);
            Duration wait = row.action() == RequestAction.ACKNOWLEDGE ? hours(2, (int) (slowness * 150)) : hours(6, 24 * 40);
            Instant next = at.plus(wait);
            if (row.action() == RequestAction.ACKNOWLEDGE && wait.compareTo(ACKNOWLEDGE_TARGET) > 0 && !forwarded) {
                story.add(new ClockAlert(story.id, story.requesting, story.requested, ClockAlert.Clock.ACKNOWLEDGE,
                        ClockAlert.Level.BREACH, ACKNOWLEDGE_TARGET, at.plus(ACKNOWLEDGE_TARGET), at.plus(ACKNOWLEDGE_TARGET)));
            }
            if (next.isAfter(end)) {
                return;
            }
            at = next;
            status = row.to();
            StatusChanged fact = new StatusChanged(story.id, story.requesting, story.requested, Milestone.reached(status), at);
            if (row.action() == RequestAction.REFUSE) {
                fact = fact.withRefusalGrounds(grounds(workflow));
            }
            if (row.action() == RequestAction.FORWARD) {
                forwarded = true;
                fact = fact.withContactPoint(entry + "-COMPETENT");
            }
            story.add(fact);
        }
    }

    private static double weight(RequestAction action) {
        return switch (action) {
            case WITHDRAW -> 0.04;
            case REFUSE, DECLINE -> 0.12;
            case REQUEST_INFO -> 0.25;
            case RETURN_DEFICIENT -> 0.1;
            case FORWARD -> 0.05;
            case POSTPONE -> 0.05;
            case DELIVER_PARTIAL_RESULTS -> 0.3;
            default -> 1.0;
        };
    }

    private RequestProfile profile(CooperationKind kind, Workflow workflow, Instant transmitted) {
        AssistanceType measure = kind == CooperationKind.MLA
                ? AssistanceType.values()[random.nextInt(AssistanceType.values().length)] : null;
        LegalBasis basis = kind.agencyToAgency() || kind == CooperationKind.VICTIM_COOPERATION ? null
                : LegalBasis.values()[random.nextInt(LegalBasis.values().length)];
        Urgency urgency = random.nextDouble() < 0.1 ? Urgency.URGENT : Urgency.ROUTINE;
        boolean submitted = workflow.transitions().stream().anyMatch(row -> row.action() == RequestAction.SUBMIT);
        return new RequestProfile(kind, measure, basis, urgency, forms(transmitted), 1 + (int) Math.floor(
                Math.pow(random.nextDouble(), 3) * 40), submitted ? transmitted.minus(hours(1, 24 * 10)) : null);
    }

    /** One or two forms; forced criminality grows from a tenth of cases to half over the five years. */
    private List<ExploitationForm> forms(Instant transmitted) {
        double progress = (double) Duration.between(start, transmitted).toSeconds() / Duration.between(start, end).toSeconds();
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        int count = random.nextDouble() < 0.2 ? 2 : 1;
        while (forms.size() < count) {
            double roll = random.nextDouble();
            double criminality = 0.1 + 0.4 * progress;
            forms.add(roll < criminality ? ExploitationForm.FORCED_CRIMINALITY
                    : roll < criminality + 0.3 ? ExploitationForm.SEXUAL_EXPLOITATION
                    : roll < criminality + 0.55 ? ExploitationForm.FORCED_LABOUR
                    : roll < criminality + 0.62 ? ExploitationForm.FORCED_MARRIAGE : ExploitationForm.OTHER);
        }
        return List.copyOf(forms);
    }

    private List<RefusalGround> grounds(Workflow workflow) {
        List<RefusalGround> grounds = List.copyOf(workflow.refusalGrounds());
        return List.of(grounds.get(random.nextInt(grounds.size())));
    }

    private CooperationKind kind() {
        double roll = random.nextDouble();
        return roll < 0.55 ? CooperationKind.MLA
                : roll < 0.80 ? CooperationKind.INFORMAL_REQUEST
                : roll < 0.85 ? CooperationKind.EXTRADITION
                : roll < 0.90 ? CooperationKind.VICTIM_COOPERATION
                : roll < 0.94 ? CooperationKind.JOINT_INVESTIGATION
                : roll < 0.97 ? CooperationKind.TRANSFER_OF_PROCEEDINGS : CooperationKind.SPONTANEOUS_INFORMATION;
    }

    private Country country(Country other) {
        while (true) {
            double total = 0;
            for (double w : WEIGHT) {
                total += w;
            }
            double roll = random.nextDouble() * total;
            for (int i = 0; i < WEIGHT.length; i++) {
                roll -= WEIGHT[i];
                if (roll <= 0 && !REGION.get(i).equals(other)) {
                    return REGION.get(i);
                }
                if (roll <= 0) {
                    break;
                }
            }
        }
    }

    private <T> T pick(List<T> options, List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double roll = random.nextDouble() * total;
        for (int i = 0; i < options.size(); i++) {
            roll -= weights.get(i);
            if (roll <= 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** Between {@code min} and {@code max} hours, most of them short: waiting times are skewed. */
    private Duration hours(int min, int max) {
        double skewed = Math.pow(random.nextDouble(), 2);
        return Duration.ofMinutes((long) (60 * (min + skewed * (max - min))));
    }

    private static final class Story {
        final UUID id;
        final Country requesting;
        final Country requested;
        final List<RequestEvent> facts = new ArrayList<>();

        Story(UUID id, Country requesting, Country requested) {
            this.id = id;
            this.requesting = requesting;
            this.requested = requested;
        }

        void add(RequestEvent fact) {
            facts.add(fact);
        }
    }
}
