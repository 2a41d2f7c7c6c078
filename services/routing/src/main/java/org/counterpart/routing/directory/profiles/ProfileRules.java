package org.counterpart.routing.directory.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.counterpart.events.CountryProfile;
import org.counterpart.platform.problem.FieldError;

/** What a confirmed profile must say: drafting for the country reckons with every part of it. */
final class ProfileRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private ProfileRules() {
    }

    static List<FieldError> check(CountryProfile profile) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "traffickingOffence", profile.traffickingOffence());
        text(errors, "maximumPenalty", profile.maximumPenalty());
        answer(errors, "nonPunishmentProvision", profile.nonPunishmentProvision());
        answer(errors, "extraditesNationals", profile.extraditesNationals());
        answer(errors, "treatyRequiredForExtradition", profile.treatyRequiredForExtradition());
        answer(errors, "dualCriminalityRequired", profile.dualCriminalityRequired());
        answer(errors, "videoLinkTestimony", profile.videoLinkTestimony());
        if (profile.languages() == null || profile.languages().isEmpty()) {
            errors.add(new FieldError("languages", "at least one language (ISO 639 code) the country accepts"));
        } else {
            for (int i = 0; i < profile.languages().size(); i++) {
                String language = profile.languages().get(i);
                if (language == null || !LANGUAGE.matcher(language).matches()) {
                    errors.add(new FieldError("languages[" + i + "]", "must be an ISO 639 code in lower case, e.g. 'ms'"));
                }
            }
        }
        if (profile.instruments() == null || profile.instruments().contains(null)) {
            errors.add(new FieldError("instruments", "is required: the instruments the country is party to (may be empty)"));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > 2000) {
            errors.add(new FieldError(field, "must be at most 2000 characters"));
        }
    }

    private static void answer(List<FieldError> errors, String field, Boolean value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required: true or false"));
        }
    }
}
