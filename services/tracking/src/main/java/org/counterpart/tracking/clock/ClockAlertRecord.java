package org.counterpart.tracking.clock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;

/** A clock warning or breach as tracking keeps it: which request, which pair, which clock, when. */
@Entity
@Table(name = "clock_alert")
public class ClockAlertRecord extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId,
            @Enumerated(EnumType.STRING) @Column(name = "clock") ClockAlert.Clock clock,
            @Enumerated(EnumType.STRING) @Column(name = "level") ClockAlert.Level level) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "requesting_country", nullable = false)
    public Country requestingCountry;

    @Column(name = "requested_country", nullable = false)
    public Country requestedCountry;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The first report of an alert wins; a redelivery changes nothing. */
    public static void apply(ClockAlert alert) {
        Key key = new Key(alert.requestId(), alert.clock(), alert.level());
        if (findById(key) != null) {
            return;
        }
        ClockAlertRecord record = new ClockAlertRecord();
        record.key = key;
        record.requestingCountry = alert.requestingCountry();
        record.requestedCountry = alert.requestedCountry();
        record.occurredAt = alert.occurredAt();
        record.persist();
    }
}
