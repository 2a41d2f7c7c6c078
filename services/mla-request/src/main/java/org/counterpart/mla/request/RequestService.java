package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterpart.events.ActionParticulars;
import org.counterpart.events.Agency;
import org.counterpart.events.Country;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.InformalTerms;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RegionCode;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestContent.HandlingLevel;
import org.counterpart.events.RequestEvent;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Side;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.notice.NoticeKind;
import org.counterpart.mla.notice.Notices;
import org.counterpart.mla.profiles.CountryProfiles;
import org.counterpart.mla.profiles.HubCountryProfiles;
import org.counterpart.mla.sealing.Sealing;
import org.counterpart.mla.transport.Dispatch;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Person;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.counterpart.platform.time.Days;

/** The request lifecycle of this country: every state change and the event it causes commit together. */
@ApplicationScoped
public class RequestService {

    private final CountryConfig config;
    private final Dispatch dispatch;
    private final Sealing sealing;
    private final Duration confirmationWithin;
    private final InstantSource clock;
    private final CountryProfiles profiles;
    private final Notices notices;

    RequestService(CountryConfig config, Dispatch dispatch, Sealing sealing,
            @ConfigProperty(name = "counterpart.urgent.written-confirmation-within") Duration confirmationWithin,
            InstantSource clock, CountryProfiles profiles, Notices notices) {
        this.config = config;
        this.dispatch = dispatch;
        this.sealing = sealing;
        this.confirmationWithin = confirmationWithin;
        this.clock = clock;
        this.profiles = profiles;
        this.notices = notices;
    }

    @Transactional
    public MlaRequest createDraft(DraftRequest draft, Caller caller) {
        if (!caller.speaksFor(config.country())) {
            throw new ForbiddenException("this service drafts requests for " + config.country() + " only");
        }
        Country requested = draft.requested();
        if (requested.equals(config.country())) {
            throw ProblemException.invalid("requestedCountry", "must be another country than your own (" + requested + ")");
        }
        if (!config.networkCountries().contains(requested)) {
            throw ProblemException.invalid("requestedCountry",
                    "'" + requested + "' is not a country of the network; known: " + config.networkCountries().stream()
                            .sorted().map(Country::code).collect(Collectors.joining(", ")));
        }
        checkWriter(Workflows.of(draft.kindOrDefault()), draft, caller);
        checkClearFields(draft);
        MlaRequest request = new MlaRequest();
        request.id = UUID.randomUUID();
        request.direction = Direction.OUTGOING;
        request.requestingCountry = config.country();
        request.requestedCountry = requested;
        request.requesterReference = nextReference();
        request.takeDraft(draft);
        request.status = request.workflow().start();
        request.correlationId = UUID.randomUUID();
        request.createdBy = caller.name();
        request.createdAt = now();
        request.statusChangedAt = request.createdAt;
        request.persist();
        RequestHistoryEntry.record(request.id, request.status, null, null, caller.name(), request.createdAt);
        return request;
    }

    /**
     * Replaces the content of a draft. A ready draft goes back to DRAFT (it must be checked again); a
     * request returned as deficient is fixed in place and then resubmitted.
     */
    @Transactional
    public MlaRequest edit(UUID id, DraftRequest draft, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        if (request.direction != Direction.OUTGOING || !request.workflow().isEditable(request.status)) {
            throw conflict(request, "An " + request.direction.name().toLowerCase() + " request in status "
                    + request.status + " cannot be edited", "editableIn", request.workflow().editable());
        }
        checkWriter(request.workflow(), draft, caller);
        if (!draft.requested().equals(request.requestedCountry)) {
            throw ProblemException.invalid("requestedCountry", "cannot change once drafted (was "
                    + request.requestedCountry + "); withdraw and draft a new request instead");
        }
        if (draft.kindOrDefault() != request.kind) {
            throw ProblemException.invalid("kind", "cannot change once drafted (was " + request.kind
                    + "); withdraw and draft a new request instead");
        }
        checkClearFields(draft);
        request.takeDraft(draft);
        if (request.status == RequestStatus.READY) {
            request.status = RequestStatus.DRAFT;
            request.statusChangedAt = now();
            RequestHistoryEntry.record(request.id, request.status, null, "edited", caller.name(), request.statusChangedAt);
        }
        return request;
    }

    /**
     * Who may write a request of the kind: its drafters, and an informal exchange only in the name of the
     * officer's own agency, the one its counterpart answers.
     */
    private static void checkWriter(Workflow workflow, DraftRequest draft, Caller caller) {
        if (workflow.drafters().stream().noneMatch(caller::hasRole)) {
            throw new ForbiddenException("a " + workflow.kind() + " request is written by " + workflow.drafters());
        }
        if (!workflow.kind().agencyToAgency()) {
            return;
        }
        Agency own = caller.agency().orElseThrow(() -> new ForbiddenException(
                "an informal exchange is written by an officer whose token names their agency (claim '"
                        + Caller.AGENCY_CLAIM + "': one of " + Arrays.toString(Agency.values()) + ")"));
        InformalTerms terms = draft.content() == null ? null : draft.content().informal();
        if (terms != null && terms.senderAgency() != null && terms.senderAgency() != own) {
            throw ProblemException.invalid("content.informal.senderAgency", "must be your own agency (" + own + ")");
        }
    }

    /** Region, language and the victims' count travel in clear for routing and tracking, so they must be codes and counts. */
    private static void checkClearFields(DraftRequest draft) {
        String region = draft.content() == null ? null : draft.content().regionOfExecution();
        String language = draft.content() == null ? null : draft.content().language();
        List<FieldError> errors = new ArrayList<>();
        if (region != null && !RegionCode.isIn(region, draft.requested())) {
            errors.add(new FieldError("content.regionOfExecution", "must be the ISO 3166-2 code of a province or "
                    + "state of " + draft.requestedCountry() + " (e.g. MY-12 for Sabah); the address goes in placeOfExecution"));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("content.language", "must be an ISO 639 code in lower case, such as en or th"));
        }
        RequestContent.Trafficking trafficking = draft.content() == null ? null : draft.content().trafficking();
        if (trafficking != null && trafficking.victimCount() != null && trafficking.victimCount() < 0) {
            errors.add(new FieldError("content.trafficking.victimCount", "must be a count of victims, 0 or more"));
        }
        List<ExploitationForm> forms = trafficking == null ? null : trafficking.exploitationForms();
        if (forms != null && (forms.contains(null) || Set.copyOf(forms.stream().filter(Objects::nonNull).toList()).size()
                < forms.size())) {
            errors.add(new FieldError("content.trafficking.exploitationForms", "must name each form once, as one of "
                    + Arrays.toString(ExploitationForm.values())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /**
     * Takes {@code action} on a request as its kind's workflow allows: checks that the caller may see the
     * request, that the workflow has the action and the caller one of its roles, the body, the side and
     * the current status; moves the request on and, for actions the other country must know of, puts
     * the event in the outbox in the same transaction.
     */
    @Transactional
    public MlaRequest act(UUID id, RequestAction action, ActionDetails details, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        Transition row = request.workflow().transition(action).orElseThrow(() -> conflict(request,
                request.kind + " requests have no action " + action, "allowedActions", allowedActions(request, caller)));
        if (!row.mayBeTakenBy(caller::hasRole)) {
            throw new ForbiddenException("your role may not " + action.verb());
        }
        List<FieldError> missing = details.missingFor(request.workflow(), row, Days.today(clock));
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        if (row.side() != request.direction.side() || !row.startsFrom(request.status)) {
            throw conflict(request, "Cannot " + action.verb() + " an "
                    + request.direction.name().toLowerCase() + " request in status " + request.status,
                    "allowedActions", allowedActions(request, caller));
        }
        if (action == RequestAction.SEND_FULL_REQUEST && !sentAsProvisionalArrest(request)) {
            throw conflict(request, "Only a request sent as a provisional arrest is followed by a full request",
                    "allowedActions", allowedActions(request, caller));
        }
        List<FieldError> incomplete = switch (action) {
            case MARK_READY -> Completeness.missing(request, Days.today(clock), profileOf(request));
            case SEND_FULL_REQUEST -> Completeness.missingFromFullRequest(request, Days.today(clock), profileOf(request));
            default -> List.of();
        };
        if (!incomplete.isEmpty()) {
            throw ProblemException.incomplete(incomplete);
        }
        boolean otherSideHoldsIt = request.transmittedAt != null;
        request.advance(row, details, caller.name(), now());
        if (action == RequestAction.SEND_BACK) {
            notices.announce(request, NoticeKind.REQUEST_RETURNED, caller.name());
        }
        if (row.shared() && (otherSideHoldsIt || action == RequestAction.TRANSMIT)) {
            dispatch.send(request.correlationId, request.otherCountry(), eventOf(action, request, details));
        }
        return request;
    }

    /**
     * An extradition refused because the person is a national becomes a transfer of proceedings in one
     * step: a draft that carries the offence, facts, persons and law over and names the extradition it
     * follows from, for the prosecutor to complete.
     */
    @Transactional
    public MlaRequest transferInstead(UUID id, Caller caller) {
        MlaRequest refused = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        if (!FollowUps.of(refused).contains(CooperationKind.TRANSFER_OF_PROCEEDINGS)) {
            throw conflict(refused, "Only an outgoing extradition refused on NATIONALITY becomes a transfer of proceedings",
                    "followUps", FollowUps.of(refused));
        }
        MlaRequest transfer = createDraft(FollowUps.transferOf(refused), caller);
        RequestHistoryEntry.record(refused.id, refused.status, null, "followed by transfer of proceedings "
                + transfer.requesterReference, caller.name(), now());
        return transfer;
    }

    private Optional<CountryProfile> profileOf(MlaRequest request) {
        return profiles.of(request.requestedCountry).profile().map(HubCountryProfiles.Published::profile);
    }

    private static boolean sentAsProvisionalArrest(MlaRequest request) {
        return request.content != null && request.content.extradition() != null
                && request.content.extradition().isProvisionalArrest();
    }

    /** Files a request of this country, outgoing or incoming, under one of its domestic cases (or none). */
    @Transactional
    public MlaRequest fileUnder(UUID id, String caseReference, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        request.caseReference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
        RequestHistoryEntry.record(request.id, request.status, null, request.caseReference == null ? "taken out of its case"
                : "filed under case " + request.caseReference, caller.name(), now());
        return request;
    }

    /** A domestic case across channels, as far as {@code caller} may know of it; 404 when they know of none of it. */
    public CaseView caseOf(String caseReference, Caller caller) {
        List<MlaRequest> filed = caller.speaksFor(config.country())
                ? MlaRequest.list("caseReference = ?1 order by createdAt", caseReference.strip()) : List.of();
        Map<UUID, CaseAccess> access = new LinkedHashMap<>();
        for (MlaRequest request : filed) {
            CaseAccess seen = accessOf(request, caller);
            if (seen != CaseAccess.NONE) {
                access.put(request.id, seen);
            }
        }
        if (access.isEmpty()) {
            throw ProblemException.notFound("Case " + caseReference);
        }
        return CaseView.of(caseReference.strip(), filed.stream().filter(r -> access.containsKey(r.id)).toList(), access);
    }

    /** What {@code caller} may do to {@code request} now, for error answers and clients' buttons. */
    public static List<RequestAction> allowedActions(MlaRequest request, Caller caller) {
        return request.workflow().available(request.status, request.direction.side(), caller::hasRole);
    }

    /**
     * Records that an urgent request went ahead by fast means; its formal transmission is then due as
     * the written confirmation. May be corrected until the request is transmitted.
     */
    @Transactional
    public MlaRequest recordFastMeans(UUID id, FastMeans fastMeans, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        if (request.direction != Direction.OUTGOING || !FAST_MEANS_BEFORE.contains(request.status)) {
            throw conflict(request, "Fast means are recorded for an outgoing request before it is transmitted",
                    "recordableIn", FAST_MEANS_BEFORE);
        }
        if (request.urgency != Urgency.URGENT) {
            throw ProblemException.invalid("urgency", "only an URGENT request is sent ahead by fast means; "
                    + "mark the draft urgent with its reason first");
        }
        request.fastMeansChannel = fastMeans.channel();
        request.fastMeansSentAt = fastMeans.sentAt().truncatedTo(ChronoUnit.MICROS);
        request.writtenConfirmationDue = request.fastMeansSentAt.plus(confirmationWithin);
        RequestHistoryEntry.record(request.id, request.status, null, "sent ahead by " + fastMeans.channel(),
                caller.name(), now());
        return request;
    }

    private static final Set<RequestStatus> FAST_MEANS_BEFORE =
            EnumSet.of(RequestStatus.DRAFT, RequestStatus.READY, RequestStatus.SUBMITTED);

    /** Fast-means requests not yet confirmed by transmission, the most pressing first. */
    public List<RequestSummary> awaitingWrittenConfirmation(Caller caller) {
        if (!caller.speaksFor(config.country())) {
            return List.of();
        }
        return summaries(MlaRequest.list("direction = ?1 and writtenConfirmationDue is not null and transmittedAt is null "
                + "and status in ?2 order by writtenConfirmationDue", Direction.OUTGOING, Workflows.underWayStatuses()), caller);
    }

    /** 409 with the facts a client needs to recover: where the request is and what is possible instead. */
    private static ProblemException conflict(MlaRequest request, String detail, String optionsName, Object options) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("currentStatus", request.status);
        facts.put("direction", request.direction);
        facts.put(optionsName, options);
        return ProblemException.conflict(detail, facts);
    }

    private RequestEvent eventOf(RequestAction action, MlaRequest request, ActionDetails details) {
        Country recipient = request.otherCountry();
        return switch (action) {
            case TRANSMIT -> request.toTransmittedEvent(sealing.sealFor(recipient, request.id, request.particulars()));
            case ACKNOWLEDGE -> new RequestAcknowledged(request.id, request.requestingCountry, request.requestedCountry,
                    request.counterpartReference, request.acknowledgedAt);
            default -> {
                List<RefusalGround> grounds = request.refusalGroundList();
                ActionParticulars particulars = new ActionParticulars(request.lastNote,
                        action.sendsTheRequest() ? request.revision() : null, details.members(), details.surrender(),
                        details.nonPunishment());
                yield new RequestActionTaken(request.id, request.requestingCountry, request.requestedCountry,
                        action, request.status, grounds.isEmpty() ? null : grounds,
                        request.until, action == RequestAction.FORWARD ? details.forwardTo() : null,
                        request.statusChangedAt, particulars.equals(ActionParticulars.NONE) ? null
                                : sealing.sealFor(recipient, request.id, particulars));
            }
        };
    }

    /** One page of a list: at most the limit asked, and where the next page starts (null on the last). */
    public record Page(List<RequestSummary> requests, ListCursor next) {
    }

    /**
     * Up to {@code limit} of what the caller may know of and {@code search} finds, newest first, after
     * {@code after}, as summaries (a list never carries content). A fixed number of queries: the caller's
     * assignments once, then candidates in chunks, more only when the need-to-know rule hid some of them.
     */
    public Page page(RequestSearch search, Caller caller, int limit, ListCursor after) {
        Set<UUID> assigned = assignedTo(caller);
        List<RequestSummary> visible = new ArrayList<>();
        List<MlaRequest> shown = new ArrayList<>();
        ListCursor from = after;
        while (true) {
            // One more than the page holds says whether a next page exists.
            int wanted = limit + 1 - visible.size();
            List<MlaRequest> chunk = candidates(search, caller, from, wanted);
            for (MlaRequest request : chunk) {
                CaseAccess access = accessOf(request, caller, assigned.contains(request.id));
                if (access != CaseAccess.NONE) {
                    visible.add(RequestSummary.of(request, access));
                    shown.add(request);
                }
            }
            if (visible.size() > limit) {
                return new Page(List.copyOf(visible.subList(0, limit)), ListCursor.after(shown.get(limit - 1)));
            }
            if (chunk.size() < wanted) {
                return new Page(visible, null);
            }
            from = ListCursor.after(chunk.get(chunk.size() - 1));
        }
    }

    /** A request the caller handles (knows its content), with the actions they may take on it now. */
    public record Handled(RequestSummary summary, List<RequestAction> allowedActions) {
    }

    /**
     * The requests under way whose content the caller knows, newest first, with what they may do on each
     * now: their worklist. A request that has ended needs no one, so a worklist grows with the work in
     * hand, not with the years of requests behind it.
     */
    public List<Handled> handled(Caller caller) {
        Set<UUID> assigned = assignedTo(caller);
        return candidates(RequestSearch.OPEN, caller, null, Integer.MAX_VALUE).stream()
                .filter(request -> accessOf(request, caller, assigned.contains(request.id)) == CaseAccess.CONTENT)
                .map(request -> new Handled(RequestSummary.of(request, CaseAccess.CONTENT), allowedActions(request, caller)))
                .toList();
    }

    /** One request's history, oldest first, for one who needs to know the request. */
    public List<RequestHistoryEntry> history(UUID id, Caller caller) {
        MlaRequest request = visibleTo(id, caller);
        return RequestHistoryEntry.list("requestId = ?1 order by occurredAt, id", request.id);
    }

    /**
     * What an outgoing draft still lacks before it may be marked ready, without acting: the same check
     * as {@code MARK_READY}, so the console shows every gap next to its field while the drafter writes.
     */
    public List<FieldError> gaps(UUID id, Caller caller) {
        MlaRequest request = visibleTo(id, caller);
        if (request.direction != Direction.OUTGOING || !request.workflow().isEditable(request.status)) {
            return List.of();
        }
        return Completeness.missing(request, Days.today(clock), profileOf(request));
    }

    /** Up to {@code max} requests the caller might know of, newest first (ties by id), after {@code after}. */
    private List<MlaRequest> candidates(RequestSearch search, Caller caller, ListCursor after, int max) {
        if (!caller.speaksFor(config.country())) {
            return List.of();
        }
        QueryConditions where = new QueryConditions();
        if (!caller.hasRole(Roles.CENTRAL_AUTHORITY)) {
            List<CooperationKind> received = kindsReceivedBy(caller);
            if (received.isEmpty()) {
                where.add("(direction = ? or id in (select a.id.requestId from RequestAssignment a where a.id.person = ?))",
                        Direction.OUTGOING, caller.name());
            } else {
                where.add("(direction = ? or id in (select a.id.requestId from RequestAssignment a where a.id.person = ?)"
                        + " or kind in ?)", Direction.OUTGOING, caller.name(), received);
            }
        }
        where.addIf(search.direction(), "direction = ?");
        where.addIf(search.status(), "status = ?");
        if (search.openOnly()) {
            where.add("status in ?", Workflows.underWayStatuses());
        }
        where.addIf(search.measure(), "assistanceType = ?");
        where.addIf(search.createdFrom(), "createdAt >= ?");
        where.addIf(search.createdBefore(), "createdAt < ?");
        if (search.counterpart() != null) {
            where.add("(direction = ? and requestedCountry = ? or direction <> ? and requestingCountry = ?)",
                    Direction.OUTGOING, search.counterpart(), Direction.OUTGOING, search.counterpart());
        }
        if (search.text() != null) {
            String pattern = QueryConditions.containing(search.text());
            where.add("(lower(requesterReference) like ? or lower(counterpartReference) like ? or lower(caseReference) like ?)",
                    pattern, pattern, pattern);
        }
        if (after != null) {
            where.add("(createdAt < ? or createdAt = ? and id < ?)", after.createdAt(), after.createdAt(), after.id());
        }
        return MlaRequest.<MlaRequest>find(where.query("order by createdAt desc, id desc"), where.parameters())
                .range(0, max - 1).list();
    }

    private static List<RequestSummary> summaries(List<MlaRequest> requests, Caller caller) {
        Set<UUID> assigned = assignedTo(caller);
        return requests.stream()
                .map(request -> RequestSummary.of(request, accessOf(request, caller, assigned.contains(request.id))))
                .filter(summary -> summary.access() != CaseAccess.NONE)
                .toList();
    }

    /** The requests assigned to the caller, read once for a whole list; the central authority needs none. */
    private static Set<UUID> assignedTo(Caller caller) {
        if (caller.hasRole(Roles.CENTRAL_AUTHORITY)) {
            return Set.of();
        }
        return RequestAssignment.<RequestAssignment>list("id.person", caller.name()).stream()
                .map(assignment -> assignment.id.requestId()).collect(Collectors.toSet());
    }

    /** What {@code person} may learn of {@code request}, a request of this country: the caller, or someone to tell. */
    public static CaseAccess accessOf(MlaRequest request, Person person) {
        // The central authority needs no assignment, so it costs no lookup.
        return accessOf(request, person, !person.hasRole(Roles.CENTRAL_AUTHORITY)
                && RequestAssignment.isAssigned(request.id, person.name()));
    }

    private static CaseAccess accessOf(MlaRequest request, Person person, boolean assigned) {
        boolean centralAuthority = person.hasRole(Roles.CENTRAL_AUTHORITY);
        boolean receivesItsKind = request.workflow().rolesOn(Side.REQUESTED).stream().anyMatch(person::hasRole)
                && (!request.kind.agencyToAgency() || ofTheAgencyAddressed(request, person));
        boolean ownsOrAssigned = !centralAuthority && (person.name().equals(request.createdBy) || assigned);
        return CaseAccess.of(request.direction, handlingOf(request), centralAuthority, ownsOrAssigned, receivesItsKind);
    }

    /** An incoming informal exchange is its addressee's: an officer of another agency, or of none, does not handle it. */
    private static boolean ofTheAgencyAddressed(MlaRequest request, Person person) {
        Optional<Agency> own = person.agency();
        return own.isPresent() && own.equals(request.addressedAgency());
    }

    /** The kinds whose incoming requests {@code caller} handles. */
    private static List<CooperationKind> kindsReceivedBy(Caller caller) {
        return Arrays.stream(CooperationKind.values())
                .filter(kind -> Workflows.of(kind).rolesOn(Side.REQUESTED).stream().anyMatch(caller::hasRole)).toList();
    }

    /** Once retention destroyed the content, its handling level is unknown: treated as the strictest. */
    private static HandlingLevel handlingOf(MlaRequest request) {
        if (request.content != null) {
            return request.content.handlingLevel();
        }
        return request.contentDestroyedAt != null ? HandlingLevel.VICTIM_SAFETY_CRITICAL : null;
    }

    /**
     * A request this caller needs to know: its content and every action on it. Another country's caller
     * learns nothing, not even that it exists (404); so does a prosecutor of a victim-safety-critical
     * request they are not on; one who only knows it exists is told it is not theirs (403).
     */
    public MlaRequest visibleTo(UUID id, Caller caller) {
        return visible(id, caller, LockModeType.NONE);
    }

    private MlaRequest visible(UUID id, Caller caller, LockModeType lock) {
        MlaRequest request = caller.speaksFor(config.country()) ? MlaRequest.findById(id, lock) : null;
        CaseAccess access = request == null ? CaseAccess.NONE : accessOf(request, caller);
        if (access == CaseAccess.NONE) {
            throw ProblemException.notFound("Request " + id);
        }
        if (access == CaseAccess.EXISTENCE) {
            throw new ForbiddenException("Request " + request.requesterReference + " is for the prosecutor who drafted it"
                    + " and those the central authority assigns to it");
        }
        return request;
    }

    /** The central authority gives a request to someone else of its country as well; giving it twice changes nothing. */
    @Transactional
    public List<RequestAssignment.View> assign(UUID id, NewAssignment assignment, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        String person = assignment.person().strip();
        if (!RequestAssignment.isAssigned(request.id, person)) {
            RequestAssignment entry = new RequestAssignment();
            entry.id = new RequestAssignment.Id(request.id, person);
            entry.assignedBy = caller.name();
            entry.assignedAt = now();
            entry.persist();
        }
        return assignments(request.id, caller);
    }

    public List<RequestAssignment.View> assignments(UUID id, Caller caller) {
        MlaRequest request = visible(id, caller, LockModeType.NONE);
        return RequestAssignment.<RequestAssignment>list("id.requestId = ?1 order by assignedAt", request.id).stream()
                .map(RequestAssignment.View::of).toList();
    }

    private String nextReference() {
        long number = ((Number) MlaRequest.getEntityManager()
                .createNativeQuery("select nextval('request_reference_seq')").getSingleResult()).longValue();
        return "%s-%d-%06d".formatted(config.country(), Days.today(clock).getYear(), number);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
