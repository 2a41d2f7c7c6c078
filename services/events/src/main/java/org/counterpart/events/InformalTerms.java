package org.counterpart.events;

import java.util.List;

/**
 * What an informal exchange says besides its purpose and questions: which agency sends it, which agency
 * it is addressed to, whether its result may be used as evidence (not unless the sender says so), and
 * the conditions on its use that the receiver accepts by taking it.
 */
public record InformalTerms(Agency senderAgency, Agency receivingAgency, Boolean evidentialUse,
        List<String> conditionsOfUse) {

    /** Intelligence only, unless the sender said in so many words that it may be used in court. */
    public boolean mayBeUsedAsEvidence() {
        return Boolean.TRUE.equals(evidentialUse);
    }
}
