package org.counterpart.mla.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.Profiles;
import org.counterpart.network.Countries;
import org.junit.jupiter.api.Test;

/** What a requested country's profile tells the drafter, on its own (no hub, no database). */
class DraftingAdviceTest {

    @Test
    void anExtraditionOfAMalaysianToMalaysiaSuggestsATransferOfProceedings() {
        List<DraftingAdvice.Advice> advice = DraftingAdvice.on(extradition("MY", "en", LegalBasis.BILATERAL_TREATY),
                confirmed(Profiles.malaysia()));
        assertEquals(List.of(new DraftingAdvice.Advice(DraftingAdvice.Topic.CONSIDER_TRANSFER_OF_PROCEEDINGS,
                "MY does not extradite its nationals; consider transfer of proceedings")), advice);
    }

    @Test
    void aRequestInThaiToMalaysiaNeedsATranslation() {
        List<DraftingAdvice.Advice> advice = DraftingAdvice.on(extradition("TH", "th", LegalBasis.BILATERAL_TREATY),
                confirmed(Profiles.malaysia()));
        assertEquals(List.of(new DraftingAdvice.Advice(DraftingAdvice.Topic.TRANSLATION_REQUIRED,
                "translation into Malay or English required: MY does not accept Thai")), advice);
    }

    @Test
    void aStrictCountrysProfileSaysEverythingThatWillBite() {
        RequestContent content = content("TH", "en", new RequestContent.Trafficking(RequestContent.VictimStatus.IDENTIFIED,
                "TH MSDHS", true, null, true, null, null));
        List<DraftingAdvice.Topic> extradition = topics(new DraftingAdvice.Draft(CooperationKind.EXTRADITION,
                Countries.MY, LegalBasis.UNTOC, content), Profiles.strict());
        assertEquals(List.of(DraftingAdvice.Topic.TREATY_REQUIRED, DraftingAdvice.Topic.NO_VIDEO_LINK_TESTIMONY), extradition);
        List<DraftingAdvice.Topic> mla = topics(new DraftingAdvice.Draft(CooperationKind.MLA, Countries.MY,
                LegalBasis.ASEAN_MLAT, content), Profiles.strict());
        assertEquals(List.of(DraftingAdvice.Topic.NOT_PARTY_TO_INSTRUMENT, DraftingAdvice.Topic.NO_VIDEO_LINK_TESTIMONY), mla);
        List<DraftingAdvice.Topic> victim = topics(new DraftingAdvice.Draft(CooperationKind.VICTIM_COOPERATION,
                Countries.MY, null, content("MY", "en", null)), Profiles.strict());
        assertEquals(List.of(DraftingAdvice.Topic.NO_NON_PUNISHMENT_PROVISION), victim);
    }

    @Test
    void anIllustrativeOrMissingProfileIsSaidSo() {
        DraftingAdvice.Draft draft = extradition("TH", "en", LegalBasis.BILATERAL_TREATY);
        assertEquals(List.of(DraftingAdvice.Topic.PROFILE_ILLUSTRATIVE), DraftingAdvice.on(draft,
                CountryProfiles.Answer.of(new HubCountryProfiles.Published(1, true, Profiles.malaysia()))).stream()
                .map(DraftingAdvice.Advice::topic).toList());
        assertEquals(List.of(DraftingAdvice.Topic.PROFILE_UNKNOWN), DraftingAdvice.on(draft, CountryProfiles.Answer.NONE)
                .stream().map(DraftingAdvice.Advice::topic).toList());
        // A hub that cannot be asked gives no advice rather than advice about a missing profile.
        assertEquals(List.of(), DraftingAdvice.on(draft, CountryProfiles.Answer.UNREACHABLE));
    }

    private static List<DraftingAdvice.Topic> topics(DraftingAdvice.Draft draft, CountryProfile profile) {
        return DraftingAdvice.on(draft, confirmed(profile)).stream().map(DraftingAdvice.Advice::topic).toList();
    }

    private static CountryProfiles.Answer confirmed(CountryProfile profile) {
        return CountryProfiles.Answer.of(new HubCountryProfiles.Published(2, false, profile));
    }

    private static DraftingAdvice.Draft extradition(String nationality, String language, LegalBasis basis) {
        return new DraftingAdvice.Draft(CooperationKind.EXTRADITION, Countries.MY, basis, content(nationality, language, null));
    }

    private static RequestContent content(String nationality, String language, RequestContent.Trafficking trafficking) {
        return new RequestContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                RequestContent.HandlingLevel.RESTRICTED, null, language, RequestContent.TranslationStatus.NOT_NEEDED, null,
                List.of(new RequestContent.Person(RequestContent.PersonRole.SUSPECT, "Suspect C", nationality, "Kuala Lumpur",
                        "passport A1")), null, null, null, null, null, null, null, null, trafficking, null, null, null, null,
                null, null, null, null);
    }
}
