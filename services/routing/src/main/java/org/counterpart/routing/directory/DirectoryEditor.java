package org.counterpart.routing.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterpart.events.Country;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.time.Days;

/**
 * Changes to the directory, each a new directory version. A correspondent changes only their own
 * country's entries; the regional administration reads everything but speaks for no country's entries.
 */
@ApplicationScoped
public class DirectoryEditor {

    private final InstantSource clock;

    DirectoryEditor(InstantSource clock) {
        this.clock = clock;
    }

    /** What an import did, for the correspondent who sent the file. */
    public record ImportResult(String version, int created, int updated, int deactivated, int unchanged) {
    }

    @Transactional
    public ContactPoint create(ContactPointData entry, Caller caller) {
        Country country = ownCountry(caller);
        check(entry, country, "");
        if (ContactPoint.findById(entry.id()) != null) {
            throw ProblemException.conflict("Contact point " + entry.id() + " already exists; change it with PUT",
                    Map.of("id", entry.id()));
        }
        DirectoryVersion version = begin(country, "created " + entry.id(), caller);
        ContactPoint point = new ContactPoint();
        point.id = entry.id();
        point.active = true;
        entry.applyTo(point, country);
        confirmedNowUnlessDated(point, entry);
        point.directoryVersion = version.label();
        point.persist();
        return finish(version, point);
    }

    @Transactional
    public ContactPoint update(String id, ContactPointData entry, Caller caller) {
        Country country = ownCountry(caller);
        ContactPoint point = ownEntry(id, country);
        if (entry.id() != null && !entry.id().equals(id)) {
            throw ProblemException.invalid("id", "cannot change; it was " + id);
        }
        ContactPointData withId = new ContactPointData(id, entry.authority(), entry.role(), entry.languages(),
                entry.urgentLanguages(), entry.channel(), entry.measures(), entry.legalInstruments(), entry.regions(),
                entry.attachmentLimitBytes(), entry.eSignatureRequired(), entry.encryptionRequired(), entry.owner(),
                entry.lastVerified());
        check(withId, country, "");
        DirectoryVersion version = begin(country, "updated " + id, caller);
        withId.applyTo(point, country);
        confirmedNowUnlessDated(point, withId);
        point.active = true;
        point.directoryVersion = version.label();
        return finish(version, point);
    }

    /** The correspondent confirms the entry is current as of today. */
    @Transactional
    public ContactPoint verify(String id, Caller caller) {
        Country country = ownCountry(caller);
        ContactPoint point = ownEntry(id, country);
        DirectoryVersion version = begin(country, "verified " + id, caller);
        point.lastVerified = Days.today(clock);
        point.illustrative = false;
        point.directoryVersion = version.label();
        return finish(version, point);
    }

    /** Entries are deactivated, never deleted: routing records keep pointing at them. */
    @Transactional
    public ContactPoint deactivate(String id, Caller caller) {
        Country country = ownCountry(caller);
        ContactPoint point = ownEntry(id, country);
        DirectoryVersion version = begin(country, "deactivated " + id, caller);
        point.active = false;
        point.directoryVersion = version.label();
        return finish(version, point);
    }

    /**
     * Replaces the country's entries with those of a checked import file, as one version: entries not in
     * the file are deactivated. {@code basedOn}, when given, must still be the country's current version,
     * so an import cannot silently undo a change made since the export it started from.
     */
    @Transactional
    public ImportResult replace(Country country, List<ContactPointData> entries, String basedOn, Caller caller) {
        if (!ownCountry(caller).equals(country)) {
            throw new jakarta.ws.rs.ForbiddenException("directory correspondents change only their own country's entries");
        }
        // One change at a time per country: the lock makes the version check and the change one step.
        Map<String, ContactPoint> existing = ContactPoint.<ContactPoint>find("country", country)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        String current = DirectoryVersion.currentFor(country);
        if (basedOn != null && !basedOn.equals(current)) {
            throw ProblemException.conflict("The file was exported from " + basedOn + " but " + country
                    + "'s entries have changed since (now " + current + "); export again and reapply your edits",
                    Map.of("basedOn", basedOn, "currentVersion", current));
        }
        List<ContactPointData> toCreate = new ArrayList<>();
        List<ContactPointData> toUpdate = new ArrayList<>();
        for (ContactPointData entry : entries) {
            ContactPoint point = existing.remove(entry.id());
            if (point == null) {
                toCreate.add(entry);
            } else if (!point.active || !ContactPointData.of(point).equals(entry)) {
                toUpdate.add(entry);
            }
        }
        List<ContactPoint> toDeactivate = existing.values().stream().filter(p -> p.active).toList();
        int unchanged = entries.size() - toCreate.size() - toUpdate.size();
        if (toCreate.isEmpty() && toUpdate.isEmpty() && toDeactivate.isEmpty()) {
            return new ImportResult(current, 0, 0, 0, unchanged);
        }
        DirectoryVersion version = begin(country, "import: " + toCreate.size() + " created, " + toUpdate.size()
                + " updated, " + toDeactivate.size() + " deactivated", caller);
        for (ContactPointData entry : toCreate) {
            ContactPoint point = new ContactPoint();
            point.id = entry.id();
            point.active = true;
            entry.applyTo(point, country);
            point.directoryVersion = version.label();
            point.persist();
        }
        for (ContactPointData entry : toUpdate) {
            ContactPoint point = ContactPoint.findById(entry.id());
            entry.applyTo(point, country);
            point.active = true;
            point.directoryVersion = version.label();
        }
        for (ContactPoint point : toDeactivate) {
            point.active = false;
            point.directoryVersion = version.label();
        }
        finish(version, null);
        return new ImportResult(version.label(), toCreate.size(), toUpdate.size(), toDeactivate.size(), unchanged);
    }

    /** A file's entries must be valid and distinct; every problem is reported at once. */
    static List<FieldError> duplicates(List<ContactPointData> entries) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).id();
            if (id != null && !seen.add(id)) {
                errors.add(new FieldError("contactPoints[" + i + "].id", "'" + id + "' appears more than once"));
            }
        }
        return errors;
    }

    private void check(ContactPointData entry, Country country, String prefix) {
        List<FieldError> errors = EntryRules.check(entry, country, prefix, Days.today(clock));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Country ownCountry(Caller caller) {
        if (caller.isRegional()) {
            throw new jakarta.ws.rs.ForbiddenException(
                    "the regional administration reads the directory; each country's correspondents change its entries");
        }
        return caller.country();
    }

    /** Another country's entry is answered like a missing one. */
    private static ContactPoint ownEntry(String id, Country country) {
        ContactPoint point = ContactPoint.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (point == null || !point.country.equals(country)) {
            throw ProblemException.notFound("Contact point " + id + " of " + country);
        }
        return point;
    }

    /** A correspondent writing an entry through the API confirms it, unless they say when it was last checked. */
    private void confirmedNowUnlessDated(ContactPoint point, ContactPointData entry) {
        if (entry.lastVerified() == null) {
            point.lastVerified = Days.today(clock);
        }
    }

    /** Opens the version a change belongs to, so changed entries can carry its number. */
    private DirectoryVersion begin(Country country, String summary, Caller caller) {
        DirectoryVersion version = new DirectoryVersion();
        version.country = country;
        version.summary = summary;
        version.changedBy = caller.name();
        version.changedAt = clock.instant();
        version.entries = List.of();
        version.persistAndFlush();
        return version;
    }

    /** Keeps the country's active entries as they stand after the change. */
    private static ContactPoint finish(DirectoryVersion version, ContactPoint changed) {
        version.entries = ContactPoint.<ContactPoint>list("country = ?1 and active = true order by id", version.country)
                .stream().map(ContactPointData::of).toList();
        return changed;
    }
}
