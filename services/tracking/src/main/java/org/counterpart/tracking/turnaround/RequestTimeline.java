package org.counterpart.tracking.turnaround;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.StatusChanged;

/** The milestones of one request, as lifecycle events reported them. */
@Entity
@Table(name = "request_timeline")
public class RequestTimeline extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "requesting_country", nullable = false)
    public Country requestingCountry;

    @Column(name = "requested_country", nullable = false)
    public Country requestedCountry;

    @Column(name = "transmitted_at")
    public Instant transmittedAt;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "unroutable_at")
    public Instant unroutableAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The counterpart forwarded it to another authority: a misroute. */
    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    /**
     * Records a milestone; the first report of each wins, so replays and reordering change nothing.
     * Returns the timeline as it stands after the fact.
     */
    static RequestTimeline apply(StatusChanged fact) {
        RequestTimeline timeline = findById(fact.requestId());
        if (timeline == null) {
            timeline = new RequestTimeline();
            timeline.requestId = fact.requestId();
            timeline.requestingCountry = fact.requestingCountry();
            timeline.requestedCountry = fact.requestedCountry();
            timeline.persist();
        }
        Instant at = fact.occurredAt();
        switch (fact.milestone()) {
            case TRANSMITTED -> timeline.transmittedAt = first(timeline.transmittedAt, at);
            case ROUTED -> timeline.routedAt = first(timeline.routedAt, at);
            case UNROUTABLE -> timeline.unroutableAt = first(timeline.unroutableAt, at);
            case ACKNOWLEDGED -> timeline.acknowledgedAt = first(timeline.acknowledgedAt, at);
            case FORWARDED -> timeline.forwardedAt = first(timeline.forwardedAt, at);
        }
        return timeline;
    }

    private static Instant first(Instant current, Instant reported) {
        return current == null ? reported : current;
    }
}
