package org.counterpart.events;

/**
 * What a formal request says about the case: the offence, the facts and the treaty content with the
 * people it names. It travels sealed for the requested country (see {@link RequestTransmitted}).
 */
public record RequestParticulars(String offence, String summaryOfFacts, RequestContent content) {
}
