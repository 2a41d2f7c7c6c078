package org.counterpart.routing.operations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A dead letter an operator put back on its origin topic; one replay per letter. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay extends PanacheEntityBase {

    @Embeddable
    public record Position(@Column(name = "letter_partition") int partition, @Column(name = "letter_offset") long offset)
            implements Serializable {
    }

    @EmbeddedId
    public Position position;

    @Column(name = "origin_topic", nullable = false)
    public String originTopic;

    @Column(name = "replayed_by", nullable = false)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;
}
