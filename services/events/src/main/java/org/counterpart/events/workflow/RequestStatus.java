package org.counterpart.events.workflow;

/**
 * Every business status a request can stand in, the same on both sides of the conversation (domain
 * brief, layer 3). Which of them a kind of cooperation uses, and how a request moves between them, is
 * that kind's {@link Workflow}.
 */
public enum RequestStatus {
    DRAFT,
    /** Complete for every measure asked for; the prosecutor may submit it. */
    READY,
    SUBMITTED,
    TRANSMITTED,
    ACKNOWLEDGED,
    UNDER_ASSESSMENT,
    INFO_REQUESTED,
    INFO_PROVIDED,
    RETURNED_DEFICIENT,
    FORWARDED,
    ACCEPTED,
    POSTPONED,
    REFUSED,
    IN_EXECUTION,
    PARTIALLY_EXECUTED,
    EXECUTED,
    CLOSED,
    WITHDRAWN,
    /** An informal request answered by the receiving agency. */
    ANSWERED,
    /** Informal: the receiver will not answer, or will not take the information on its conditions; a proposed joint investigation not joined. */
    DECLINED,
    /** Spontaneous information taken on its conditions of use, which bind the receiver from now on. */
    CONDITIONS_ACCEPTED,
    /** The person sought is held pending the full extradition request, which is due within the treaty's window. */
    PROVISIONALLY_ARRESTED,
    /** The full extradition request followed the provisional arrest. */
    FULL_REQUEST_RECEIVED,
    /** Time and place of surrender agreed, with a deadline to collect the person. */
    SURRENDER_ARRANGED,
    SURRENDERED,
    /** The person sought was released: no full request in time, or not collected. */
    RELEASED,
    /** The joint investigation's agreement is signed and the team works under it. */
    AGREED,
    /** The state that took over the proceedings told the transferring state how they ended. */
    OUTCOME_REPORTED,
    /** The other state recognises the victim's identification and says whether non-punishment applies. */
    RECOGNISED,
    NATIONALITY_VERIFIED,
    TRAVEL_DOCUMENTS_ISSUED,
    RETURN_PLANNED,
    /** The victim arrived and was received and referred to services. */
    RETURNED
}
