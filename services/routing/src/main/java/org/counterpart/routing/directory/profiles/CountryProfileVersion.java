package org.counterpart.routing.directory.profiles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.events.CountryProfile;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a country's profile; the newest is the one drafting reckons with. */
@Entity
@Table(name = "country_profile_version")
public class CountryProfileVersion extends PanacheEntityBase {

    /** Kept as the code, like the directory's other composite keys. */
    @Embeddable
    public record Key(@Column(name = "country") String country, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public CountryProfile profile;

    /** Seeded from public sources and not yet confirmed by the country. */
    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The profile as the API shows it, with its version and whether the country confirmed it. */
    public record View(Country country, int version, boolean illustrative, String changedBy, Instant changedAt,
            CountryProfile profile) {

        static View of(CountryProfileVersion v) {
            return new View(Country.of(v.key.country()), v.key.version(), v.illustrative, v.changedBy, v.changedAt,
                    v.profile);
        }
    }

    public static Optional<CountryProfileVersion> current(Country country) {
        return CountryProfileVersion.<CountryProfileVersion>find("key.country = ?1 order by key.version desc",
                country.code()).firstResultOptional();
    }

    /** Newest first. */
    static List<CountryProfileVersion> history(Country country) {
        return list("key.country = ?1 order by key.version desc", country.code());
    }

    /** Each country's newest version, by country. */
    static List<CountryProfileVersion> currentOfEvery() {
        return list("from CountryProfileVersion p where p.key.version = (select max(v.key.version)"
                + " from CountryProfileVersion v where v.key.country = p.key.country) order by p.key.country");
    }

    /**
     * Adds the next version of {@code country}'s profile. One country's versions are added one at a time
     * (an advisory lock, which also holds before the first version exists), so two correspondents saving at
     * once get versions n and n+1 rather than a clash.
     */
    public static CountryProfileVersion add(Country country, CountryProfile profile, boolean illustrative, String by,
            Instant at) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:country))")
                .setParameter("country", "country-profile-" + country.code()).getSingleResult();
        Optional<CountryProfileVersion> newest = current(country);
        CountryProfileVersion next = new CountryProfileVersion();
        next.key = new Key(country.code(), newest.map(v -> v.key.version() + 1).orElse(1));
        next.profile = profile;
        next.illustrative = illustrative;
        next.changedBy = by;
        next.changedAt = at;
        next.persist();
        return next;
    }
}
