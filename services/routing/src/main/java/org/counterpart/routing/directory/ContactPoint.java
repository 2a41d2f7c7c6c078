package org.counterpart.routing.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.counterpart.events.AssistanceType;

/** One authority in the regional directory: who, for which country, in which role, reached how. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public String authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactPointRole role;

    /** Comma-separated language tags the authority accepts. */
    @Column(nullable = false)
    public String languages;

    @Column(nullable = false)
    public String channel;

    /** Comma-separated measures supported; null means every formal measure (a central authority). */
    @Column
    public String measures;

    /** Who keeps this entry current; stale directories are what users complain about most. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "last_verified")
    public LocalDate lastVerified;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "directory_version", nullable = false)
    public String directoryVersion;

    public boolean supports(AssistanceType measure) {
        return measures == null || Arrays.asList(measures.split(",")).contains(measure.name());
    }

    public List<String> languageList() {
        return List.of(languages.split(","));
    }

    public static List<ContactPoint> activeIn(String country) {
        return list("country = ?1 and active = true order by id", country);
    }
}
