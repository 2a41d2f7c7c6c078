package org.counterpart.mla.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestContent.PersonRole;
import org.counterpart.events.workflow.CooperationKind;

/**
 * What the requested country's profile says about a draft, while it is drafted: the surprises users
 * meet later (a refusal on nationality, a missing treaty, a language the other side does not read)
 * said before the request leaves. Advice, not a rule: only the language is also a gap in completeness.
 */
public final class DraftingAdvice {

    /** What the advice is about, for clients that show or sort it. */
    public enum Topic {
        PROFILE_UNKNOWN, PROFILE_ILLUSTRATIVE, CONSIDER_TRANSFER_OF_PROCEEDINGS, TREATY_REQUIRED, NOT_PARTY_TO_INSTRUMENT,
        TRANSLATION_REQUIRED, NO_VIDEO_LINK_TESTIMONY, NO_NON_PUNISHMENT_PROVISION
    }

    public record Advice(Topic topic, String message) {
    }

    private DraftingAdvice() {
    }

    /** The facts of a draft the advice reads. */
    public record Draft(CooperationKind kind, Country requestedCountry, LegalBasis legalBasis, RequestContent content) {
    }

    /** Nothing when the hub could not be asked: no advice is better than advice about a missing profile. */
    public static List<Advice> on(Draft draft, CountryProfiles.Answer answer) {
        Country country = draft.requestedCountry();
        List<Advice> advice = new ArrayList<>();
        if (!answer.reachable()) {
            return advice;
        }
        if (answer.profile().isEmpty()) {
            advice.add(new Advice(Topic.PROFILE_UNKNOWN, "No profile of " + country
                    + " at the hub: check its law with its central authority"));
            return advice;
        }
        HubCountryProfiles.Published known = answer.profile().get();
        CountryProfile profile = known.profile();
        if (known.illustrative()) {
            advice.add(new Advice(Topic.PROFILE_ILLUSTRATIVE, "The profile of " + country + " (version "
                    + known.version() + ") is illustrative until " + country + " confirms it"));
        }
        RequestContent c = draft.content();
        if (draft.kind() == CooperationKind.EXTRADITION) {
            if (Boolean.FALSE.equals(profile.extraditesNationals()) && personSoughtIsNationalOf(c, country)) {
                advice.add(new Advice(Topic.CONSIDER_TRANSFER_OF_PROCEEDINGS, country
                        + " does not extradite its nationals; consider transfer of proceedings"));
            }
            if (Boolean.TRUE.equals(profile.treatyRequiredForExtradition()) && draft.legalBasis() != LegalBasis.BILATERAL_TREATY) {
                advice.add(new Advice(Topic.TREATY_REQUIRED, country + " extradites only under a treaty"));
            }
        }
        if (draft.legalBasis() != null && draft.legalBasis() != LegalBasis.BILATERAL_TREATY
                && draft.legalBasis() != LegalBasis.RECIPROCITY && profile.instruments() != null
                && !profile.instruments().contains(draft.legalBasis())) {
            advice.add(new Advice(Topic.NOT_PARTY_TO_INSTRUMENT, country + " is not party to " + draft.legalBasis()));
        }
        translationNeeded(country, profile, c).ifPresent(message -> advice.add(new Advice(Topic.TRANSLATION_REQUIRED, message)));
        if (c != null && c.trafficking() != null && Boolean.TRUE.equals(c.trafficking().videoLinkTestimonyPossible())
                && Boolean.FALSE.equals(profile.videoLinkTestimony())) {
            advice.add(new Advice(Topic.NO_VIDEO_LINK_TESTIMONY, country + " does not take testimony by video link"));
        }
        if (draft.kind() == CooperationKind.VICTIM_COOPERATION && Boolean.FALSE.equals(profile.nonPunishmentProvision())) {
            advice.add(new Advice(Topic.NO_NON_PUNISHMENT_PROVISION, country
                    + "'s law has no non-punishment provision: ask for non-punishment to be recognised expressly"));
        }
        return advice;
    }

    /**
     * Why the draft needs a translation for {@code country}, if it does: it says none is needed, but its
     * language is not one the country accepts.
     */
    public static Optional<String> translationNeeded(Country country, CountryProfile profile, RequestContent c) {
        if (c == null || c.language() == null || profile.languages() == null || profile.languages().contains(c.language())) {
            return Optional.empty();
        }
        if (c.translationStatus() != RequestContent.TranslationStatus.NOT_NEEDED) {
            // Attached, in progress, waived for urgency, or not said yet (completeness asks for it anyway).
            return Optional.empty();
        }
        return Optional.of("translation into " + String.join(" or ", profile.languages().stream().map(DraftingAdvice::name)
                .toList()) + " required: " + country + " does not accept " + name(c.language()));
    }

    private static boolean personSoughtIsNationalOf(RequestContent c, Country country) {
        return c != null && c.persons() != null && c.persons().stream()
                .anyMatch(p -> p.role() == PersonRole.SUSPECT && country.code().equals(p.nationality()));
    }

    private static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }
}
