package org.counterpart.routing.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.routing.directory.profiles.CountryProfileVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty directory from the seed file, so a new hub routes from its first minute, and gives each
 * country without a profile the file's illustrative one. Once the directory holds entries and a country
 * a profile, they are owned by the countries' correspondents and the file is ignored for them.
 */
@ApplicationScoped
public class DirectorySeed {

    private static final Logger LOG = Logger.getLogger(DirectorySeed.class);
    private static final String CLASSPATH = "classpath:";

    record SeedFile(String version, String note, List<Entry> contactPoints, Map<String, CountryProfile> profiles) {
    }

    record Entry(String id, String country, String authority, DirectoryRole role, List<String> languages,
            String channel, List<String> measures, String owner, LocalDate lastVerified) {
    }

    private final ObjectMapper json;
    private final String location;
    private final InstantSource clock;

    DirectorySeed(ObjectMapper json, @ConfigProperty(name = "counterpart.directory.seed") String location, InstantSource clock) {
        this.clock = clock;
        this.json = json;
        this.location = location;
    }

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean empty = ContactPoint.count() == 0;
            Optional<SeedFile> seed = read(empty);
            if (seed.isEmpty()) {
                // A file mounted for the first start only: the directory is the correspondents' now.
                LOG.warnf("directory seed %s not found; the directory has entries, so nothing is seeded", location);
                return;
            }
            if (empty) {
                seedEntries(seed.get());
            }
            seedProfiles(seed.get());
        });
    }

    private void seedEntries(SeedFile seed) {
        DirectoryVersion version = new DirectoryVersion();
        version.summary = "seeded from " + location + " (" + seed.version() + "); illustrative until each country confirms";
        version.changedBy = "seed";
        version.changedAt = clock.instant();
        version.entries = List.of();
        version.persistAndFlush();
        for (Entry entry : seed.contactPoints()) {
            toContactPoint(entry, version.label()).persist();
        }
        version.entries = ContactPoint.<ContactPoint>list("active = true order by id").stream()
                .map(ContactPointData::of).toList();
        LOG.infof("directory seeded with %d contact points from %s (%s, directory %s)", seed.contactPoints().size(),
                location, seed.version(), version.label());
    }

    /** Only for countries that have none: a profile a correspondent kept is never replaced by the file's. */
    private void seedProfiles(SeedFile seed) {
        if (seed.profiles() == null) {
            return;
        }
        seed.profiles().forEach((code, profile) -> {
            Country country = Country.of(code);
            if (CountryProfileVersion.current(country).isEmpty()) {
                CountryProfileVersion.add(country, profile, true, "seed", clock.instant());
            }
        });
    }

    private static ContactPoint toContactPoint(Entry entry, String version) {
        ContactPoint point = new ContactPoint();
        point.id = entry.id();
        point.country = Country.of(entry.country());
        point.authority = entry.authority();
        point.role = entry.role();
        point.languages = List.copyOf(entry.languages());
        point.channel = entry.channel();
        point.measures = entry.measures() == null ? null
                : entry.measures().stream().map(AssistanceType::valueOf).toList();
        point.owner = entry.owner();
        point.lastVerified = entry.lastVerified();
        point.active = true;
        point.illustrative = true;
        point.directoryVersion = version;
        return point;
    }

    /** The seed file; a missing one is an error only while the directory is still empty. */
    private Optional<SeedFile> read(boolean required) {
        try (InputStream in = location.startsWith(CLASSPATH)
                ? Thread.currentThread().getContextClassLoader().getResourceAsStream(location.substring(CLASSPATH.length()))
                : Files.exists(Path.of(location)) ? Files.newInputStream(Path.of(location)) : null) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("directory seed not found: " + location);
                }
                return Optional.empty();
            }
            return Optional.of(json.readValue(in, SeedFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("directory seed unreadable: " + location, e);
        }
    }
}
