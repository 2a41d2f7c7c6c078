package org.counterpart.tracking.facts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;

/**
 * Object Mother of one request's lifecycle facts as the hub writes them: an MLA request between two
 * countries, transmitted at a given instant, then milestones each some time after the one before.
 */
public final class LifecycleStory {

    private static final URI HUB = URI.create("/counterpart/routing");

    public final UUID requestId = UUID.randomUUID();
    private final Country requesting;
    private final Country requested;
    private final List<RequestEvent> facts = new ArrayList<>();
    private Instant last;

    private LifecycleStory(String from, String to, Instant transmittedAt, RequestProfile profile) {
        this.requesting = Country.of(from);
        this.requested = Country.of(to);
        this.last = transmittedAt;
        facts.add(new StatusChanged(requestId, requesting, requested, Milestone.TRANSMITTED, transmittedAt).withProfile(profile));
    }

    /** Submitted to the own central authority a day before transmission; forced criminality, 3 victims. */
    public static LifecycleStory mla(String from, String to, Instant transmittedAt) {
        return mla(from, to, transmittedAt, List.of(ExploitationForm.FORCED_CRIMINALITY), 3);
    }

    public static LifecycleStory mla(String from, String to, Instant transmittedAt, List<ExploitationForm> forms,
            int victims) {
        return new LifecycleStory(from, to, transmittedAt, new RequestProfile(CooperationKind.MLA,
                AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT, Urgency.ROUTINE, forms, victims,
                transmittedAt.minus(Duration.ofDays(1))));
    }

    /** Delivered by the hub to {@code entry} and stored by the counterpart's service a minute later. */
    public LifecycleStory delivered(String entry) {
        facts.add(new StatusChanged(requestId, requesting, requested, Milestone.ROUTED, last).withContactPoint(entry));
        facts.add(new StatusChanged(requestId, requesting, requested, Milestone.RETRIEVED, last.plus(Duration.ofMinutes(1))));
        return this;
    }

    public LifecycleStory then(Milestone milestone, Duration after) {
        last = last.plus(after);
        facts.add(new StatusChanged(requestId, requesting, requested, milestone, last));
        return this;
    }

    public LifecycleStory refused(Duration after, RefusalGround... grounds) {
        last = last.plus(after);
        facts.add(new StatusChanged(requestId, requesting, requested, Milestone.REFUSED, last)
                .withRefusalGrounds(List.of(grounds)));
        return this;
    }

    public LifecycleStory forwarded(Duration after, String toEntry) {
        last = last.plus(after);
        facts.add(new StatusChanged(requestId, requesting, requested, Milestone.FORWARDED, last).withContactPoint(toEntry));
        return this;
    }

    public LifecycleStory breached(ClockAlert.Clock clock) {
        facts.add(new ClockAlert(requestId, requesting, requested, clock, ClockAlert.Level.BREACH, Duration.ofDays(7), last,
                last));
        return this;
    }

    /** The facts alone, for the rules that turn them into figures. */
    public List<RequestEvent> facts() {
        return List.copyOf(facts);
    }

    /** The facts as the hub publishes them on {@code counterpart.lifecycle}. */
    public List<Envelope> envelopes() {
        return facts.stream().map(fact -> Envelope.create(HUB, requesting, requestId, fact)).toList();
    }
}
