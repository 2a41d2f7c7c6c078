package org.counterpart.routing.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One authority in the regional directory: who, for which country, in which role, reached how. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public Country country;

    @Column(nullable = false)
    public String authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DirectoryRole role;

    /** Language tags the authority accepts. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages;

    @Column(nullable = false)
    public String channel;

    /** Measures supported; null means every formal measure (a central authority). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    public List<AssistanceType> measures;

    /** Who keeps this entry current; stale directories are what users complain about most. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "last_verified")
    public LocalDate lastVerified;

    @Column(nullable = false)
    public boolean active;

    /** The directory version in which this entry last changed, e.g. {@code v12}. */
    @Column(name = "directory_version", nullable = false)
    public String directoryVersion;

    /** Languages accepted for urgent requests when they differ from {@link #languages}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "urgent_languages")
    public List<String> urgentLanguages;

    /** The instruments the entry acts under; null means every instrument. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_instruments")
    public List<LegalBasis> legalInstruments;

    /** ISO 3166-2 codes of the provinces or states served; null means the whole country. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    public List<String> regions;

    @Column(name = "attachment_limit_bytes")
    public Long attachmentLimitBytes;

    @Column(name = "e_signature_required", nullable = false)
    public boolean eSignatureRequired;

    @Column(name = "encryption_required", nullable = false)
    public boolean encryptionRequired;

    /** Seed data from public sources, not confirmed by the country. */
    @Column(nullable = false)
    public boolean illustrative;

    public boolean supports(AssistanceType measure) {
        return measures == null || measures.contains(measure);
    }

    public boolean actsUnder(LegalBasis basis) {
        return legalInstruments == null || legalInstruments.contains(basis);
    }

    public boolean serves(String region) {
        return regions == null || regions.contains(region);
    }

    public boolean isNationwide() {
        return regions == null;
    }

    public List<String> urgentLanguageList() {
        return urgentLanguages == null ? languages : urgentLanguages;
    }

    /** Not confirmed by its country within {@code period}, or never. */
    public boolean isStale(java.time.Period period, LocalDate today) {
        return lastVerified == null || lastVerified.plus(period).isBefore(today);
    }

    public static List<ContactPoint> activeIn(Country country) {
        return list("country = ?1 and active = true order by id", country);
    }
}
