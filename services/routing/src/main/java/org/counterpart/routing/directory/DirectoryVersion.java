package org.counterpart.routing.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.Country;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to the directory: whose entries, by whom, when, and the country's entries afterwards. */
@Entity
@Table(name = "directory_version")
public class DirectoryVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long number;

    /** Null for the seed, which covers every country. */
    @Column
    public Country country;

    @Column(nullable = false)
    public String summary;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ContactPointData> entries;

    public String label() {
        return "v" + number;
    }

    /** The directory as routing uses it now: the newest version, or "empty". */
    public static String current() {
        Long newest = getEntityManager().createQuery("select max(v.number) from DirectoryVersion v", Long.class)
                .getSingleResult();
        return newest == null ? "empty" : "v" + newest;
    }

    /** The newest version that changed {@code country}'s entries (the seed counts for every country). */
    public static String currentFor(Country country) {
        Long newest = getEntityManager().createQuery(
                        "select max(v.number) from DirectoryVersion v where v.country = ?1 or v.country is null", Long.class)
                .setParameter(1, country)
                .getSingleResult();
        return newest == null ? "empty" : "v" + newest;
    }
}
