package org.counterpart.events.workflow;

import static org.counterpart.events.workflow.ActionField.COUNTERPART_REFERENCE;
import static org.counterpart.events.workflow.ActionField.MEMBERS;
import static org.counterpart.events.workflow.ActionField.NON_PUNISHMENT;
import static org.counterpart.events.workflow.ActionField.NOTE;
import static org.counterpart.events.workflow.ActionField.REFUSAL_GROUNDS;
import static org.counterpart.events.workflow.ActionField.SURRENDER;
import static org.counterpart.events.workflow.ActionField.UNTIL;
import static org.counterpart.events.workflow.RequestAction.ACCEPT;
import static org.counterpart.events.workflow.RequestAction.ACCEPT_CONDITIONS;
import static org.counterpart.events.workflow.RequestAction.ACKNOWLEDGE;
import static org.counterpart.events.workflow.RequestAction.AGREE;
import static org.counterpart.events.workflow.RequestAction.ANSWER;
import static org.counterpart.events.workflow.RequestAction.ARRANGE_SURRENDER;
import static org.counterpart.events.workflow.RequestAction.ARRANGE_VIDEO_TESTIMONY;
import static org.counterpart.events.workflow.RequestAction.ARREST_PROVISIONALLY;
import static org.counterpart.events.workflow.RequestAction.CHANGE_LEAD_MEMBERS;
import static org.counterpart.events.workflow.RequestAction.CHANGE_MEMBERS;
import static org.counterpart.events.workflow.RequestAction.CLOSE;
import static org.counterpart.events.workflow.RequestAction.COMPLETE_EXECUTION;
import static org.counterpart.events.workflow.RequestAction.CONFIRM_RECEIPT;
import static org.counterpart.events.workflow.RequestAction.CONFIRM_RETURN;
import static org.counterpart.events.workflow.RequestAction.CONFIRM_SURRENDER;
import static org.counterpart.events.workflow.RequestAction.DECLINE;
import static org.counterpart.events.workflow.RequestAction.DELIVER_PARTIAL_RESULTS;
import static org.counterpart.events.workflow.RequestAction.EXTEND;
import static org.counterpart.events.workflow.RequestAction.FORWARD;
import static org.counterpart.events.workflow.RequestAction.ISSUE_TRAVEL_DOCUMENTS;
import static org.counterpart.events.workflow.RequestAction.MARK_READY;
import static org.counterpart.events.workflow.RequestAction.PLAN_RETURN;
import static org.counterpart.events.workflow.RequestAction.POSTPONE;
import static org.counterpart.events.workflow.RequestAction.PROVIDE_INFO;
import static org.counterpart.events.workflow.RequestAction.RECOGNISE;
import static org.counterpart.events.workflow.RequestAction.REFUSE;
import static org.counterpart.events.workflow.RequestAction.RELEASE;
import static org.counterpart.events.workflow.RequestAction.REPORT_OUTCOME;
import static org.counterpart.events.workflow.RequestAction.REQUEST_INFO;
import static org.counterpart.events.workflow.RequestAction.RESUBMIT;
import static org.counterpart.events.workflow.RequestAction.RETURN_DEFICIENT;
import static org.counterpart.events.workflow.RequestAction.SEND_BACK;
import static org.counterpart.events.workflow.RequestAction.SEND_FULL_REQUEST;
import static org.counterpart.events.workflow.RequestAction.START_ASSESSMENT;
import static org.counterpart.events.workflow.RequestAction.START_EXECUTION;
import static org.counterpart.events.workflow.RequestAction.SUBMIT;
import static org.counterpart.events.workflow.RequestAction.TRANSMIT;
import static org.counterpart.events.workflow.RequestAction.VERIFY_NATIONALITY;
import static org.counterpart.events.workflow.RequestAction.WITHDRAW;
import static org.counterpart.events.workflow.RequestStatus.ACCEPTED;
import static org.counterpart.events.workflow.RequestStatus.ACKNOWLEDGED;
import static org.counterpart.events.workflow.RequestStatus.AGREED;
import static org.counterpart.events.workflow.RequestStatus.ANSWERED;
import static org.counterpart.events.workflow.RequestStatus.CLOSED;
import static org.counterpart.events.workflow.RequestStatus.CONDITIONS_ACCEPTED;
import static org.counterpart.events.workflow.RequestStatus.DECLINED;
import static org.counterpart.events.workflow.RequestStatus.DRAFT;
import static org.counterpart.events.workflow.RequestStatus.EXECUTED;
import static org.counterpart.events.workflow.RequestStatus.FORWARDED;
import static org.counterpart.events.workflow.RequestStatus.FULL_REQUEST_RECEIVED;
import static org.counterpart.events.workflow.RequestStatus.INFO_PROVIDED;
import static org.counterpart.events.workflow.RequestStatus.INFO_REQUESTED;
import static org.counterpart.events.workflow.RequestStatus.IN_EXECUTION;
import static org.counterpart.events.workflow.RequestStatus.NATIONALITY_VERIFIED;
import static org.counterpart.events.workflow.RequestStatus.OUTCOME_REPORTED;
import static org.counterpart.events.workflow.RequestStatus.PARTIALLY_EXECUTED;
import static org.counterpart.events.workflow.RequestStatus.POSTPONED;
import static org.counterpart.events.workflow.RequestStatus.PROVISIONALLY_ARRESTED;
import static org.counterpart.events.workflow.RequestStatus.READY;
import static org.counterpart.events.workflow.RequestStatus.RECOGNISED;
import static org.counterpart.events.workflow.RequestStatus.REFUSED;
import static org.counterpart.events.workflow.RequestStatus.RELEASED;
import static org.counterpart.events.workflow.RequestStatus.RETURNED;
import static org.counterpart.events.workflow.RequestStatus.RETURNED_DEFICIENT;
import static org.counterpart.events.workflow.RequestStatus.RETURN_PLANNED;
import static org.counterpart.events.workflow.RequestStatus.SUBMITTED;
import static org.counterpart.events.workflow.RequestStatus.SURRENDERED;
import static org.counterpart.events.workflow.RequestStatus.SURRENDER_ARRANGED;
import static org.counterpart.events.workflow.RequestStatus.TRANSMITTED;
import static org.counterpart.events.workflow.RequestStatus.TRAVEL_DOCUMENTS_ISSUED;
import static org.counterpart.events.workflow.RequestStatus.UNDER_ASSESSMENT;
import static org.counterpart.events.workflow.RequestStatus.WITHDRAWN;
import static org.counterpart.events.workflow.Role.AGENCY_OFFICER;
import static org.counterpart.events.workflow.Role.CENTRAL_AUTHORITY;
import static org.counterpart.events.workflow.Role.PROSECUTOR;
import static org.counterpart.events.workflow.Role.VICTIM_FOCAL_POINT;
import static org.counterpart.events.workflow.Side.REQUESTED;
import static org.counterpart.events.workflow.Side.REQUESTING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.EventType;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.workflow.Workflow.Receivers;

/** The workflow table: every kind of cooperation's transitions, written once. */
public final class Workflows {

    private static final Optional<EventType> LOCAL = Optional.empty();
    private static final Optional<EventType> AS_TRANSMITTED = Optional.of(EventType.REQUEST_TRANSMITTED);
    private static final Optional<EventType> AS_ACKNOWLEDGED = Optional.of(EventType.REQUEST_ACKNOWLEDGED);
    private static final Optional<EventType> AS_ACTION = Optional.of(EventType.REQUEST_ACTION_TAKEN);

    private static final Set<Role> CA = Set.of(CENTRAL_AUTHORITY);
    private static final Set<Role> P = Set.of(PROSECUTOR);
    private static final Set<Role> P_OR_CA = Set.of(PROSECUTOR, CENTRAL_AUTHORITY);
    private static final Set<Role> AO = Set.of(AGENCY_OFFICER);
    private static final Set<Role> VFP = Set.of(VICTIM_FOCAL_POINT);
    private static final Set<ActionField> NOTHING = Set.of();
    private static final Set<RequestStatus> NEVER = Set.of();
    private static final Receivers AGENCY_ADDRESSED = new Receivers(List.of(), List.of());

    /** Agency to agency, asked for: hours, not days; the answer is intelligence, not evidence. */
    private static final Workflow INFORMAL = new Workflow(CooperationKind.INFORMAL_REQUEST, DRAFT, from(DRAFT, READY),
            AGENCY_ADDRESSED, Set.of(), List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, INFO_PROVIDED), from(INFO_REQUESTED), from(ANSWERED)),
                    clock(Clock.WANTED_BY, NEVER, NEVER, from(ANSWERED))), List.of(
            row(MARK_READY, REQUESTING, AO, from(DRAFT), READY, NOTHING, LOCAL,
                    "The officer declares the request finished; refused with every gap while it is not complete."),
            row(TRANSMIT, REQUESTING, AO, from(READY), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "The officer sends it straight to the counterpart agency; no central authority in between."),
            row(PROVIDE_INFO, REQUESTING, AO, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "The officer answers what the counterpart asked."),
            row(WITHDRAW, REQUESTING, AO, from(DRAFT, READY, TRANSMITTED, ACKNOWLEDGED, INFO_REQUESTED, INFO_PROVIDED),
                    WITHDRAWN, Set.of(NOTE), AS_ACTION, "The officer no longer needs it."),
            row(CONFIRM_RECEIPT, REQUESTING, AO, from(ANSWERED), CLOSED, NOTHING, AS_ACTION,
                    "The officer confirms the answer arrived, which closes the exchange."),
            row(ACKNOWLEDGE, REQUESTED, AO, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The receiving agency registers it under its own reference."),
            row(REQUEST_INFO, REQUESTED, AO, from(ACKNOWLEDGED), INFO_REQUESTED, Set.of(NOTE), AS_ACTION,
                    "Asks what it needs to answer; the answer clock pauses."),
            row(ANSWER, REQUESTED, AO, from(ACKNOWLEDGED, INFO_PROVIDED), ANSWERED, Set.of(NOTE), AS_ACTION,
                    "Answers in the note and attachments; not for use as evidence unless the sender said otherwise."),
            row(DECLINE, REQUESTED, AO, from(ACKNOWLEDGED, INFO_PROVIDED), DECLINED, Set.of(NOTE), AS_ACTION,
                    "Will not answer informally, saying why (often: ask formally).")));

    /** Agency to agency, unasked: the receiver takes the information on its conditions of use, or not at all. */
    private static final Workflow SPONTANEOUS = new Workflow(CooperationKind.SPONTANEOUS_INFORMATION, DRAFT,
            from(DRAFT, READY), AGENCY_ADDRESSED, Set.of(), List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED), NEVER, NEVER)), List.of(
            row(MARK_READY, REQUESTING, AO, from(DRAFT), READY, NOTHING, LOCAL,
                    "The officer declares the disclosure finished, with its conditions of use."),
            row(TRANSMIT, REQUESTING, AO, from(READY), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "The officer sends it to the counterpart agency."),
            row(WITHDRAW, REQUESTING, AO, from(DRAFT, READY, TRANSMITTED, ACKNOWLEDGED), WITHDRAWN, Set.of(NOTE),
                    AS_ACTION, "The sender takes it back before the receiver accepted its conditions."),
            row(ACKNOWLEDGE, REQUESTED, AO, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The receiving agency registers it under its own reference."),
            row(ACCEPT_CONDITIONS, REQUESTED, AO, from(ACKNOWLEDGED), CONDITIONS_ACCEPTED, NOTHING, AS_ACTION,
                    "Accepts the conditions of use, which bind it from now on (UNTOC art. 18(4)-(5))."),
            row(DECLINE, REQUESTED, AO, from(ACKNOWLEDGED), DECLINED, Set.of(NOTE), AS_ACTION,
                    "Declines the conditions; it may not use the information.")));

    /** The ASEAN MLA Treaty's path between central authorities (domain brief, layer 3). */
    private static final Workflow MLA = new Workflow(CooperationKind.MLA, DRAFT, from(DRAFT, READY, RETURNED_DEFICIENT),
            new Receivers(List.of(DirectoryRole.CENTRAL_AUTHORITY, DirectoryRole.RECEIVING_AUTHORITY,
                    DirectoryRole.EXECUTING_AUTHORITY), List.of(DirectoryRole.URGENT_24_7)),
            EnumSet.of(RefusalGround.POLITICAL_OFFENCE, RefusalGround.MILITARY_OFFENCE,
                    RefusalGround.DISCRIMINATORY_PROSECUTION, RefusalGround.DOUBLE_JEOPARDY,
                    RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
                    RefusalGround.NO_RECIPROCITY_UNDERTAKING, RefusalGround.NO_USE_LIMITATION_UNDERTAKING,
                    RefusalGround.OTHER), List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED, FORWARDED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, UNDER_ASSESSMENT, INFO_PROVIDED),
                            from(INFO_REQUESTED, RETURNED_DEFICIENT), from(FORWARDED, ACCEPTED, POSTPONED)),
                    clock(Clock.EXECUTE, from(ACCEPTED, IN_EXECUTION), NEVER, from(EXECUTED)),
                    clock(Clock.WANTED_BY, NEVER, NEVER, from(EXECUTED))), List.of(
            row(MARK_READY, REQUESTING, P, from(DRAFT), READY, NOTHING, LOCAL,
                    "The prosecutor declares the draft finished; refused with every gap while it is not complete."),
            row(SUBMIT, REQUESTING, P, from(READY), SUBMITTED, NOTHING, LOCAL,
                    "The prosecutor hands the complete request to the own central authority."),
            row(SEND_BACK, REQUESTING, CA, from(SUBMITTED), DRAFT, Set.of(NOTE), LOCAL,
                    "The own central authority sends it back to the prosecutor for changes."),
            row(TRANSMIT, REQUESTING, CA, from(SUBMITTED), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "The requesting central authority sends the request into the network."),
            row(PROVIDE_INFO, REQUESTING, P_OR_CA, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "The requester answers what the counterpart asked; the decision clock runs again."),
            row(RESUBMIT, REQUESTING, CA, from(RETURNED_DEFICIENT), TRANSMITTED, Set.of(NOTE), AS_ACTION,
                    "The requester fixed what was found deficient and sends the corrected request again."),
            row(WITHDRAW, REQUESTING, P_OR_CA, from(DRAFT, READY, SUBMITTED, TRANSMITTED, ACKNOWLEDGED, UNDER_ASSESSMENT,
                    INFO_REQUESTED, INFO_PROVIDED, RETURNED_DEFICIENT, FORWARDED, ACCEPTED, POSTPONED, IN_EXECUTION,
                    PARTIALLY_EXECUTED), WITHDRAWN, Set.of(NOTE), AS_ACTION,
                    "The requester no longer needs it, from any status before the results are in."),
            row(CONFIRM_RECEIPT, REQUESTING, P_OR_CA, from(EXECUTED), CLOSED, NOTHING, AS_ACTION,
                    "The requester confirms it received the results, which closes the request."),
            row(ACKNOWLEDGE, REQUESTED, CA, from(TRANSMITTED, FORWARDED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The requested central authority registers it under its own reference; after a "
                            + "forward, the competent authority registers it again."),
            row(START_ASSESSMENT, REQUESTED, CA, from(ACKNOWLEDGED, INFO_PROVIDED), UNDER_ASSESSMENT, NOTHING, AS_ACTION,
                    "The requested side starts assessing the request."),
            row(REQUEST_INFO, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), INFO_REQUESTED, Set.of(NOTE),
                    AS_ACTION, "Asks the requester for more; the decision clock pauses until the answer."),
            row(RETURN_DEFICIENT, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), RETURNED_DEFICIENT,
                    Set.of(NOTE), AS_ACTION, "Sends it back as deficient, saying what is missing."),
            row(FORWARD, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), FORWARDED, Set.of(NOTE), AS_ACTION,
                    "Sends it on to the competent authority (optional `forwardTo`: its directory entry); the hub "
                            + "re-routes it and records the misroute."),
            row(ACCEPT, REQUESTED, CA, from(UNDER_ASSESSMENT), ACCEPTED, NOTHING, AS_ACTION,
                    "Decides to execute it."),
            row(POSTPONE, REQUESTED, CA, from(UNDER_ASSESSMENT), POSTPONED, Set.of(NOTE, UNTIL), AS_ACTION,
                    "Postpones rather than refuses, e.g. while execution would prejudice a domestic investigation."),
            row(REFUSE, REQUESTED, CA, from(UNDER_ASSESSMENT), REFUSED, Set.of(REFUSAL_GROUNDS), AS_ACTION,
                    "Refuses on coded grounds."),
            row(START_EXECUTION, REQUESTED, CA, from(ACCEPTED, POSTPONED), IN_EXECUTION, NOTHING, AS_ACTION,
                    "Executes it through the local agencies."),
            row(DELIVER_PARTIAL_RESULTS, REQUESTED, CA, from(IN_EXECUTION, PARTIALLY_EXECUTED), PARTIALLY_EXECUTED,
                    Set.of(NOTE), AS_ACTION, "Returns part of the results while the rest is executed."),
            row(COMPLETE_EXECUTION, REQUESTED, CA, from(IN_EXECUTION, PARTIALLY_EXECUTED), EXECUTED, NOTHING, AS_ACTION,
                    "Returns the last results.")));

    /** Provisional arrest, the full request within the treaty's window, the decision and the surrender. */
    private static final Workflow EXTRADITION = new Workflow(CooperationKind.EXTRADITION, DRAFT,
            from(DRAFT, READY, ACKNOWLEDGED, PROVISIONALLY_ARRESTED, UNDER_ASSESSMENT, INFO_REQUESTED),
            new Receivers(List.of(DirectoryRole.DIPLOMATIC_CHANNEL, DirectoryRole.EXTRADITION_AUTHORITY,
                    DirectoryRole.CENTRAL_AUTHORITY), List.of(DirectoryRole.URGENT_24_7, DirectoryRole.INTERPOL_BUREAU)),
            EnumSet.of(RefusalGround.POLITICAL_OFFENCE, RefusalGround.MILITARY_OFFENCE, RefusalGround.NATIONALITY,
                    RefusalGround.DISCRIMINATORY_PROSECUTION, RefusalGround.PERSECUTION_OR_UNFAIR_TRIAL,
                    RefusalGround.DOUBLE_JEOPARDY, RefusalGround.NO_DUAL_CRIMINALITY,
                    RefusalGround.DEATH_PENALTY_WITHOUT_ASSURANCES, RefusalGround.LAPSE_OF_TIME, RefusalGround.OTHER),
            List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.FULL_REQUEST, from(PROVISIONALLY_ARRESTED), NEVER, from(FULL_REQUEST_RECEIVED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, FULL_REQUEST_RECEIVED, INFO_PROVIDED),
                            from(PROVISIONALLY_ARRESTED, INFO_REQUESTED), from(ACCEPTED)),
                    clock(Clock.EXECUTE, from(ACCEPTED), NEVER, from(SURRENDERED)),
                    clock(Clock.WANTED_BY, NEVER, NEVER, from(SURRENDERED))), List.of(
            row(MARK_READY, REQUESTING, P, from(DRAFT), READY, NOTHING, LOCAL,
                    "The prosecutor declares the request finished: a provisional arrest needs less than a full request."),
            row(SUBMIT, REQUESTING, P, from(READY), SUBMITTED, NOTHING, LOCAL,
                    "The prosecutor hands it to the own extradition authority."),
            row(SEND_BACK, REQUESTING, CA, from(SUBMITTED), DRAFT, Set.of(NOTE), LOCAL,
                    "The own authority sends it back to the prosecutor for changes."),
            row(TRANSMIT, REQUESTING, CA, from(SUBMITTED), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "Sends the provisional arrest request (to the 24/7 point or INTERPOL bureau) or the full request."),
            row(PROVIDE_INFO, REQUESTING, P_OR_CA, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "Answers the demand for more information, before its deadline."),
            row(WITHDRAW, REQUESTING, P_OR_CA, from(DRAFT, READY, SUBMITTED, TRANSMITTED, ACKNOWLEDGED,
                    PROVISIONALLY_ARRESTED, FULL_REQUEST_RECEIVED, UNDER_ASSESSMENT, INFO_REQUESTED, INFO_PROVIDED,
                    ACCEPTED, SURRENDER_ARRANGED), WITHDRAWN, Set.of(NOTE), AS_ACTION,
                    "The requesting state no longer seeks the person."),
            row(ACKNOWLEDGE, REQUESTED, CA, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The requested authority registers it under its own reference."),
            row(REQUEST_INFO, REQUESTED, CA, from(UNDER_ASSESSMENT), INFO_REQUESTED, Set.of(NOTE, UNTIL), AS_ACTION,
                    "Demands more information by a deadline; the decision clock pauses."),
            row(ACCEPT, REQUESTED, CA, from(UNDER_ASSESSMENT), ACCEPTED, NOTHING, AS_ACTION,
                    "Grants extradition, on the assurances given (in the note)."),
            row(REFUSE, REQUESTED, CA, from(UNDER_ASSESSMENT), REFUSED, Set.of(REFUSAL_GROUNDS), AS_ACTION,
                    "Refuses on coded grounds; on NATIONALITY the requester may turn it into a transfer of proceedings."),
            row(ARREST_PROVISIONALLY, REQUESTED, CA, from(ACKNOWLEDGED), PROVISIONALLY_ARRESTED, Set.of(NOTE),
                    AS_ACTION, "Holds the person sought; the full request is due within the treaty's window."),
            row(SEND_FULL_REQUEST, REQUESTING, CA, from(ACKNOWLEDGED, PROVISIONALLY_ARRESTED, UNDER_ASSESSMENT,
                    INFO_REQUESTED), FULL_REQUEST_RECEIVED, NOTHING, AS_ACTION,
                    "Sends the full request after a provisional arrest, complete with its documents, inside the window "
                            + "(also before the person is found, or while the requested side already assesses)."),
            row(ARRANGE_SURRENDER, REQUESTED, CA, from(ACCEPTED), SURRENDER_ARRANGED, Set.of(SURRENDER), AS_ACTION,
                    "Agrees the time and place of surrender and the deadline to collect the person."),
            row(CONFIRM_SURRENDER, REQUESTED, CA, from(SURRENDER_ARRANGED), SURRENDERED, NOTHING, AS_ACTION,
                    "The person was handed over."),
            row(RELEASE, REQUESTED, CA, from(PROVISIONALLY_ARRESTED, SURRENDER_ARRANGED), RELEASED, Set.of(NOTE),
                    AS_ACTION, "Releases the person: no full request within the window, or not collected in time."),
            row(START_ASSESSMENT, REQUESTED, CA, from(ACKNOWLEDGED, FULL_REQUEST_RECEIVED, INFO_PROVIDED),
                    UNDER_ASSESSMENT, NOTHING, AS_ACTION, "Starts assessing the full request.")));

    /** A proposal, the agreement, members joining and leaving, extension and closure (UNTOC art. 19). */
    private static final Workflow JOINT_INVESTIGATION = new Workflow(CooperationKind.JOINT_INVESTIGATION, DRAFT,
            from(DRAFT, READY), new Receivers(List.of(DirectoryRole.CENTRAL_AUTHORITY), List.of()), Set.of(), List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, INFO_PROVIDED), from(INFO_REQUESTED), from(AGREED))), List.of(
            row(MARK_READY, REQUESTING, P, from(DRAFT), READY, NOTHING, LOCAL,
                    "The prosecutor declares the proposal finished: agencies, basis, scope, evidence rules, end date."),
            row(SUBMIT, REQUESTING, P, from(READY), SUBMITTED, NOTHING, LOCAL,
                    "The prosecutor hands the proposal to the own central authority."),
            row(SEND_BACK, REQUESTING, CA, from(SUBMITTED), DRAFT, Set.of(NOTE), LOCAL,
                    "The own central authority sends it back for changes."),
            row(TRANSMIT, REQUESTING, CA, from(SUBMITTED), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "Proposes the joint investigation to one partner state (one proposal per partner)."),
            row(PROVIDE_INFO, REQUESTING, P_OR_CA, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "Answers the partner's questions about the proposal."),
            row(WITHDRAW, REQUESTING, P_OR_CA, from(DRAFT, READY, SUBMITTED, TRANSMITTED, ACKNOWLEDGED, INFO_REQUESTED,
                    INFO_PROVIDED), WITHDRAWN, Set.of(NOTE), AS_ACTION, "The lead state drops the proposal."),
            row(CHANGE_LEAD_MEMBERS, REQUESTING, CA, from(AGREED), AGREED, Set.of(MEMBERS), AS_ACTION,
                    "The lead state's own members join or leave the team."),
            row(EXTEND, REQUESTING, CA, from(AGREED), AGREED, Set.of(NOTE, UNTIL), AS_ACTION,
                    "The lead state moves the agreement's end date, as the partners agreed."),
            row(CLOSE, REQUESTING, CA, from(AGREED), CLOSED, Set.of(NOTE), AS_ACTION,
                    "The lead state closes the investigation, saying what it achieved."),
            row(ACKNOWLEDGE, REQUESTED, CA, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The partner's central authority registers the proposal."),
            row(REQUEST_INFO, REQUESTED, CA, from(ACKNOWLEDGED), INFO_REQUESTED, Set.of(NOTE), AS_ACTION,
                    "Asks about the proposal before deciding."),
            row(AGREE, REQUESTED, CA, from(ACKNOWLEDGED, INFO_PROVIDED), AGREED, Set.of(MEMBERS), AS_ACTION,
                    "Signs the agreement as proposed and names its own members."),
            row(DECLINE, REQUESTED, CA, from(ACKNOWLEDGED, INFO_PROVIDED), DECLINED, Set.of(NOTE), AS_ACTION,
                    "Will not join, saying why (a parallel investigation may still be coordinated)."),
            row(CHANGE_MEMBERS, REQUESTED, CA, from(AGREED), AGREED, Set.of(MEMBERS), AS_ACTION,
                    "The partner's own members join or leave the team.")));

    /** One state hands a prosecution to another and hears how it ended (UNTOC art. 21). */
    private static final Workflow TRANSFER = new Workflow(CooperationKind.TRANSFER_OF_PROCEEDINGS, DRAFT,
            from(DRAFT, READY), new Receivers(List.of(DirectoryRole.CENTRAL_AUTHORITY), List.of()),
            EnumSet.of(RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.DOUBLE_JEOPARDY, RefusalGround.NO_JURISDICTION,
                    RefusalGround.LAPSE_OF_TIME, RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER, RefusalGround.OTHER),
            List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, INFO_PROVIDED), from(INFO_REQUESTED), from(ACCEPTED))), List.of(
            row(MARK_READY, REQUESTING, P, from(DRAFT), READY, NOTHING, LOCAL,
                    "The prosecutor declares the request finished, with the case file attached."),
            row(SUBMIT, REQUESTING, P, from(READY), SUBMITTED, NOTHING, LOCAL,
                    "The prosecutor hands it to the own central authority."),
            row(SEND_BACK, REQUESTING, CA, from(SUBMITTED), DRAFT, Set.of(NOTE), LOCAL,
                    "The own central authority sends it back for changes."),
            row(TRANSMIT, REQUESTING, CA, from(SUBMITTED), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "Asks the other state to take the proceedings over."),
            row(PROVIDE_INFO, REQUESTING, P_OR_CA, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "Answers what the other state asked about the case."),
            row(WITHDRAW, REQUESTING, P_OR_CA, from(DRAFT, READY, SUBMITTED, TRANSMITTED, ACKNOWLEDGED, UNDER_ASSESSMENT,
                    INFO_REQUESTED, INFO_PROVIDED), WITHDRAWN, Set.of(NOTE), AS_ACTION,
                    "The transferring state keeps the proceedings after all."),
            row(CONFIRM_RECEIPT, REQUESTING, P_OR_CA, from(OUTCOME_REPORTED), CLOSED, NOTHING, AS_ACTION,
                    "The transferring state takes note of the outcome, which closes the request."),
            row(ACKNOWLEDGE, REQUESTED, CA, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The receiving central authority registers it."),
            row(START_ASSESSMENT, REQUESTED, CA, from(ACKNOWLEDGED, INFO_PROVIDED), UNDER_ASSESSMENT, NOTHING, AS_ACTION,
                    "Starts assessing whether it can prosecute."),
            row(REQUEST_INFO, REQUESTED, CA, from(UNDER_ASSESSMENT), INFO_REQUESTED, Set.of(NOTE), AS_ACTION,
                    "Asks for more of the case file; the decision clock pauses."),
            row(ACCEPT, REQUESTED, CA, from(UNDER_ASSESSMENT), ACCEPTED, NOTHING, AS_ACTION,
                    "Takes the proceedings over; the transferring state suspends its own."),
            row(REFUSE, REQUESTED, CA, from(UNDER_ASSESSMENT), REFUSED, Set.of(REFUSAL_GROUNDS), AS_ACTION,
                    "Refuses on coded grounds; dual criminality and double jeopardy still apply."),
            row(REPORT_OUTCOME, REQUESTED, CA, from(ACCEPTED), OUTCOME_REPORTED, Set.of(NOTE), AS_ACTION,
                    "Tells the transferring state how the proceedings ended.")));

    /** The regional referral mechanism: notice, recognition with non-punishment, verification and return. */
    private static final Workflow VICTIM = new Workflow(CooperationKind.VICTIM_COOPERATION, DRAFT, from(DRAFT, READY),
            new Receivers(List.of(DirectoryRole.VICTIM_FOCAL_POINT), List.of()), Set.of(), List.of(
                    clock(Clock.ACKNOWLEDGE, from(TRANSMITTED), NEVER, from(ACKNOWLEDGED)),
                    clock(Clock.DECIDE, from(ACKNOWLEDGED, INFO_PROVIDED), from(INFO_REQUESTED), from(RECOGNISED)),
                    clock(Clock.VERIFY_NATIONALITY, from(RECOGNISED), NEVER, from(NATIONALITY_VERIFIED)),
                    clock(Clock.WANTED_BY, NEVER, NEVER, from(RETURNED))), List.of(
            row(MARK_READY, REQUESTING, VFP, from(DRAFT), READY, NOTHING, LOCAL,
                    "The focal point declares the notice finished: screening, consent, identification."),
            row(TRANSMIT, REQUESTING, VFP, from(READY), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "Notifies the other state of the victim identified, unless the victim objects (ACTIP art. 14)."),
            row(PROVIDE_INFO, REQUESTING, VFP, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "Answers what the other state needs to recognise or verify."),
            row(WITHDRAW, REQUESTING, VFP, from(DRAFT, READY, TRANSMITTED, ACKNOWLEDGED, INFO_REQUESTED, INFO_PROVIDED,
                    RECOGNISED, NATIONALITY_VERIFIED, TRAVEL_DOCUMENTS_ISSUED, RETURN_PLANNED), WITHDRAWN, Set.of(NOTE),
                    AS_ACTION, "Ends the cooperation, e.g. the victim chose to stay or withdrew consent."),
            row(PLAN_RETURN, REQUESTING, VFP, from(TRAVEL_DOCUMENTS_ISSUED), RETURN_PLANNED, Set.of(NOTE, UNTIL),
                    AS_ACTION, "Sets the return date around the proceedings that still need the victim."),
            row(ARRANGE_VIDEO_TESTIMONY, REQUESTING, VFP, from(RETURN_PLANNED), RETURN_PLANNED, Set.of(NOTE, UNTIL),
                    AS_ACTION, "Sets the victim's testimony by video link on that date: the return need not wait for trial."),
            row(ACKNOWLEDGE, REQUESTED, VFP, from(TRANSMITTED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The other state's focal point registers the notice."),
            row(REQUEST_INFO, REQUESTED, VFP, from(ACKNOWLEDGED), INFO_REQUESTED, Set.of(NOTE), AS_ACTION,
                    "Asks what it needs before recognising; the clock pauses."),
            row(RECOGNISE, REQUESTED, VFP, from(ACKNOWLEDGED, INFO_PROVIDED), RECOGNISED, Set.of(NON_PUNISHMENT),
                    AS_ACTION, "Recognises the identification and says whether non-punishment applies there."),
            row(VERIFY_NATIONALITY, REQUESTED, VFP, from(RECOGNISED), NATIONALITY_VERIFIED, NOTHING, AS_ACTION,
                    "The state of nationality confirms the victim's nationality, without undue delay."),
            row(ISSUE_TRAVEL_DOCUMENTS, REQUESTED, VFP, from(NATIONALITY_VERIFIED), TRAVEL_DOCUMENTS_ISSUED,
                    Set.of(NOTE), AS_ACTION, "Issues the travel documents the return needs."),
            row(CONFIRM_RETURN, REQUESTED, VFP, from(RETURN_PLANNED), RETURNED, Set.of(NOTE), AS_ACTION,
                    "The victim arrived, was received and referred to services (shelter, family tracing)."),
            row(DECLINE, REQUESTED, VFP, from(ACKNOWLEDGED, INFO_PROVIDED, RECOGNISED), DECLINED, Set.of(NOTE), AS_ACTION,
                    "Does not recognise the identification, or cannot confirm the nationality, saying why.")));

    private static final Map<CooperationKind, Workflow> TABLE = table(INFORMAL, SPONTANEOUS, MLA, EXTRADITION,
            JOINT_INVESTIGATION, TRANSFER, VICTIM);

    private static final Set<RequestStatus> FINAL = endingAnyKind();

    private static final Set<RequestStatus> UNDER_WAY =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(FINAL)));

    private Workflows() {
    }

    public static Workflow of(CooperationKind kind) {
        return TABLE.get(kind);
    }

    /**
     * Every status that ends a request of some kind, for queries across kinds (retention, open lists). A
     * status that ends one kind ends every kind that uses it ({@code WorkflowTest}).
     */
    public static Set<RequestStatus> finalStatuses() {
        return FINAL;
    }

    /**
     * Every other status: a request in one is still under way. The same rule as "not final", named as
     * the statuses themselves, so a query for the work in hand reads an index of its few rows instead of
     * passing over every request that has ended.
     */
    public static Set<RequestStatus> underWayStatuses() {
        return UNDER_WAY;
    }

    private static Map<CooperationKind, Workflow> table(Workflow... workflows) {
        Map<CooperationKind, Workflow> table = new EnumMap<>(CooperationKind.class);
        for (Workflow workflow : workflows) {
            table.put(workflow.kind(), workflow);
        }
        return Collections.unmodifiableMap(table);
    }

    private static Set<RequestStatus> endingAnyKind() {
        Set<RequestStatus> finals = EnumSet.noneOf(RequestStatus.class);
        TABLE.values().forEach(workflow -> finals.addAll(workflow.finalStates()));
        return Collections.unmodifiableSet(finals);
    }

    private static Set<RequestStatus> from(RequestStatus first, RequestStatus... more) {
        return EnumSet.of(first, more);
    }

    private static ClockRule clock(Clock clock, Set<RequestStatus> startsAt, Set<RequestStatus> pausesAt,
            Set<RequestStatus> stopsAt) {
        return new ClockRule(clock, startsAt, pausesAt, stopsAt);
    }

    private static Transition row(RequestAction action, Side side, Set<Role> roles, Set<RequestStatus> from,
            RequestStatus to, Set<ActionField> requires, Optional<EventType> carriedBy, String meaning) {
        return new Transition(action, side, roles, from, to, requires, carriedBy, meaning);
    }
}
