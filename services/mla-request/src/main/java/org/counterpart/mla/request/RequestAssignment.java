package org.counterpart.mla.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person the central authority gave a request to, besides the prosecutor who drafted it. */
@Entity
@Table(name = "request_assignment")
public class RequestAssignment extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "request_id") UUID requestId, @Column(name = "person") String person)
            implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    static boolean isAssigned(UUID requestId, String person) {
        return findById(new Id(requestId, person)) != null;
    }

    public record View(String person, String assignedBy, Instant assignedAt) {
        static View of(RequestAssignment assignment) {
            return new View(assignment.id.person(), assignment.assignedBy, assignment.assignedAt);
        }
    }
}
