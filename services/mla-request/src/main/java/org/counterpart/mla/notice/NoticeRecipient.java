package org.counterpart.mla.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.Agency;
import org.counterpart.platform.security.Person;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone who signed in to the console, as of their last sign-in: whom notices may reach, unless they opted out. */
@Entity
@Table(name = "notice_recipient")
public class NoticeRecipient extends PanacheEntityBase implements Person {

    @Id
    public String person;

    @Column(nullable = false)
    public String email;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> roles;

    @Enumerated(EnumType.STRING)
    public Agency agency;

    /** The language their console was in, for the e-mail's words. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public boolean wanted;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;

    @Override
    public String name() {
        return person;
    }

    @Override
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public Optional<Agency> agency() {
        return Optional.ofNullable(agency);
    }
}
