package org.counterpart.routing.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.counterpart.events.Country;
import org.counterpart.events.RegionCode;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.platform.problem.FieldError;

/** What makes a directory entry acceptable, for the API and for import files alike. */
final class EntryRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private EntryRules() {
    }

    /** Every problem of {@code entry} of {@code country}; field names start with {@code prefix}. */
    static List<FieldError> check(ContactPointData entry, Country country, String prefix, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.id() == null || !entry.id().matches("[A-Z]{2}-[A-Z0-9-]{2,37}")) {
            errors.add(new FieldError(prefix + "id", "is required: the country code, '-', then 2-37 of A-Z, 0-9, '-'"));
        } else if (!entry.id().startsWith(country + "-")) {
            errors.add(new FieldError(prefix + "id", "must start with " + country + "- (entries of your own country only)"));
        }
        require(errors, prefix + "authority", entry.authority(), 300);
        if (entry.role() == null) {
            errors.add(new FieldError(prefix + "role", "is required: one of " + List.of(DirectoryRole.values())));
        }
        if (entry.languages() == null || entry.languages().isEmpty()) {
            errors.add(new FieldError(prefix + "languages", "at least one language (ISO 639 code) is required"));
        } else {
            languages(errors, prefix + "languages", entry.languages());
        }
        if (entry.urgentLanguages() != null) {
            languages(errors, prefix + "urgentLanguages", entry.urgentLanguages());
        }
        require(errors, prefix + "channel", entry.channel(), 100);
        require(errors, prefix + "owner", entry.owner(), 200);
        if (entry.attachmentLimitBytes() != null && entry.attachmentLimitBytes() <= 0) {
            errors.add(new FieldError(prefix + "attachmentLimitBytes", "must be positive"));
        }
        if (entry.lastVerified() != null && entry.lastVerified().isAfter(today)) {
            errors.add(new FieldError(prefix + "lastVerified", "cannot be in the future"));
        }
        if (entry.regions() != null) {
            for (int i = 0; i < entry.regions().size(); i++) {
                if (!RegionCode.isIn(entry.regions().get(i), country)) {
                    errors.add(new FieldError(prefix + "regions[" + i + "]",
                            "must be the ISO 3166-2 code of a province or state of " + country + ", e.g. " + country + "-01"));
                }
            }
        }
        return errors;
    }

    private static void languages(List<FieldError> errors, String field, List<String> languages) {
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null || !LANGUAGE.matcher(languages.get(i)).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be an ISO 639 code in lower case, e.g. 'ms'"));
            }
        }
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
