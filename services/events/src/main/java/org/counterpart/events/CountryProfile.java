package org.counterpart.events;

import java.util.List;

/**
 * What a country's law says that a request to it must reckon with, as its directory correspondents keep
 * it at the hub (the RSO's assessment of national frameworks is the model): the trafficking offence and
 * its maximum penalty, whether the law protects victims from punishment for what they were made to do,
 * whether the country extradites its nationals and needs a treaty to extradite at all, whether it
 * requires dual criminality, whether it takes testimony by video link, the languages it accepts and the
 * instruments it is party to. Versioned, and illustrative until the country confirms it.
 */
public record CountryProfile(
        String traffickingOffence,
        String maximumPenalty,
        Boolean nonPunishmentProvision,
        Boolean extraditesNationals,
        Boolean treatyRequiredForExtradition,
        Boolean dualCriminalityRequired,
        Boolean videoLinkTestimony,
        List<String> languages,
        List<LegalBasis> instruments) {
}
