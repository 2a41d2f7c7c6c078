package org.counterpart.routing.directory;

import java.time.LocalDate;
import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;

/**
 * A directory entry as a correspondent writes it, through the API or in an import file; the country is
 * the correspondent's own. Empty {@code measures}, {@code legalInstruments} or {@code regions} mean all.
 */
public record ContactPointData(
        String id,
        String authority,
        DirectoryRole role,
        List<String> languages,
        List<String> urgentLanguages,
        String channel,
        List<AssistanceType> measures,
        List<LegalBasis> legalInstruments,
        List<String> regions,
        Long attachmentLimitBytes,
        Boolean eSignatureRequired,
        Boolean encryptionRequired,
        String owner,
        LocalDate lastVerified) {

    static ContactPointData of(ContactPoint p) {
        return new ContactPointData(p.id, p.authority, p.role, p.languages, p.urgentLanguages, p.channel, p.measures,
                p.legalInstruments, p.regions, p.attachmentLimitBytes, p.eSignatureRequired, p.encryptionRequired,
                p.owner, p.lastVerified);
    }

    /** Writes this entry onto {@code point}, which belongs to {@code country} and is now the country's word, not seed data. */
    void applyTo(ContactPoint point, Country country) {
        point.illustrative = false;
        point.country = country;
        point.authority = authority.strip();
        point.role = role;
        point.languages = List.copyOf(languages);
        point.urgentLanguages = copyOrNull(urgentLanguages);
        point.channel = channel.strip();
        point.measures = copyOrNull(measures);
        point.legalInstruments = copyOrNull(legalInstruments);
        point.regions = copyOrNull(regions);
        point.attachmentLimitBytes = attachmentLimitBytes;
        point.eSignatureRequired = Boolean.TRUE.equals(eSignatureRequired);
        point.encryptionRequired = Boolean.TRUE.equals(encryptionRequired);
        point.owner = owner.strip();
        point.lastVerified = lastVerified;
    }

    /** Null for "all" (absent or empty), so that an entry's "all" is stored one way. */
    private static <T> List<T> copyOrNull(List<T> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }
}
