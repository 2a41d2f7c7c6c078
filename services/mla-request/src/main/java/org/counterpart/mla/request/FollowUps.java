package org.counterpart.mla.request;

import java.util.List;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestContent;
import org.counterpart.events.TransferTerms;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;

/** Where a request may lead once it ended: the kinds of cooperation it can turn into, in one step. */
final class FollowUps {

    private FollowUps() {
    }

    /** A state that does not surrender its nationals may prosecute them itself (UNTOC arts. 16(10) and 21). */
    static List<CooperationKind> of(MlaRequest request) {
        // Once retention destroyed the content there is no case left to hand over.
        boolean refusedOnNationality = request.content != null && request.direction == Direction.OUTGOING
                && request.kind == CooperationKind.EXTRADITION && request.status == RequestStatus.REFUSED
                && request.refusalGroundList().contains(RefusalGround.NATIONALITY);
        return refusedOnNationality ? List.of(CooperationKind.TRANSFER_OF_PROCEEDINGS) : List.of();
    }

    /** The transfer's draft: the case as the extradition stated it, linked by reference, not by content copied twice. */
    static DraftRequest transferOf(MlaRequest extradition) {
        RequestContent c = extradition.content;
        RequestContent content = new RequestContent(c.requestingAuthority(), c.investigatingAuthority(), c.purpose(),
                c.matterStatus(), c.maximumPenalty(), c.lawText(), c.actsToEstablish(), null, null, null, null, null,
                c.confidential(), c.confidentialityReasons(), c.handlingLevel(), c.undertakings(), c.language(),
                c.translationStatus(), null, c.persons(), null, null, null, null, null, null, null, null,
                c.trafficking(), c.informalExchangeReferences(), null, null, null, null, null,
                new TransferTerms("Extradition " + extradition.requesterReference + " was refused on nationality: "
                        + "the requested state is asked to prosecute its national itself", null,
                        extradition.requesterReference), null);
        return new DraftRequest(CooperationKind.TRANSFER_OF_PROCEEDINGS, extradition.requestedCountry.code(), null,
                extradition.legalBasis, extradition.offence, extradition.summaryOfFacts, Urgency.ROUTINE, content,
                extradition.caseReference);
    }
}
