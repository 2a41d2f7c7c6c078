package org.counterpart.mla;

import java.util.List;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.LegalBasis;

/** Country profiles as a correspondent might keep them: an Object Mother for drafting advice and completeness. */
public final class Profiles {

    private Profiles() {
    }

    /** Does not extradite its nationals, reads Malay and English, no treaty needed. */
    public static CountryProfile malaysia() {
        return new CountryProfile("Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007, s. 12",
                "Imprisonment of up to 15 years and a fine", true, false, false, true, true, List.of("ms", "en"),
                List.of(LegalBasis.ASEAN_MLAT, LegalBasis.UNTOC));
    }

    /** Extradites only under a treaty, takes no testimony by video link, has no non-punishment provision. */
    public static CountryProfile strict() {
        return new CountryProfile("Penal Code, s. 312", "Imprisonment of up to 10 years", false, true, true, true, false,
                List.of("en"), List.of(LegalBasis.UNTOC));
    }
}
