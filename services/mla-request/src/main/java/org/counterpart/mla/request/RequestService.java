package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Envelope;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.Topics;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/** The request lifecycle of this country: every state change and the event it causes commit together. */
@ApplicationScoped
public class RequestService {

    private final CountryConfig config;
    private final Outbox outbox;
    private final URI source;

    RequestService(CountryConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
        this.source = URI.create("/counterpart/mla-request/" + config.country());
    }

    @Transactional
    public MlaRequest createDraft(DraftRequest draft, Caller caller) {
        String requested = draft.requestedCountry();
        if (requested.equals(config.country())) {
            throw ProblemException.invalid("requestedCountry", "must be another country than your own (" + requested + ")");
        }
        if (!config.networkCountries().contains(requested)) {
            throw ProblemException.invalid("requestedCountry",
                    "'" + requested + "' is not a country of the network; known: " + String.join(", ",
                            config.networkCountries().stream().sorted().toList()));
        }
        MlaRequest request = new MlaRequest();
        request.id = UUID.randomUUID();
        request.direction = Direction.OUTGOING;
        request.status = RequestStatus.DRAFT;
        request.requestingCountry = config.country();
        request.requestedCountry = requested;
        request.requesterReference = nextReference();
        request.assistanceType = draft.assistanceType();
        request.legalBasis = draft.legalBasis();
        request.offence = draft.offence();
        request.summaryOfFacts = draft.summaryOfFacts();
        request.urgency = draft.urgency();
        request.correlationId = UUID.randomUUID();
        request.createdBy = caller.name();
        request.createdAt = now();
        request.persist();
        RequestHistoryEntry.record(request.id, request.status, caller.name(), request.createdAt);
        return request;
    }

    @Transactional
    public MlaRequest submit(UUID id, Caller caller) {
        return perform(RequestAction.SUBMIT, id, caller);
    }

    @Transactional
    public MlaRequest transmit(UUID id, Caller caller) {
        MlaRequest request = perform(RequestAction.TRANSMIT, id, caller);
        outbox.enqueue(Topics.outbound(config.country()),
                Envelope.create(source, config.country(), request.correlationId, request.toTransmittedEvent()));
        return request;
    }

    @Transactional
    public MlaRequest acknowledge(UUID id, Acknowledgement acknowledgement, Caller caller) {
        MlaRequest request = perform(RequestAction.ACKNOWLEDGE, id, caller);
        request.counterpartReference = acknowledgement.counterpartReference();
        outbox.enqueue(Topics.outbound(config.country()), Envelope.create(source, config.country(),
                request.correlationId, new RequestAcknowledged(request.id, request.requestingCountry,
                        request.requestedCountry, request.counterpartReference, request.acknowledgedAt)));
        return request;
    }

    /**
     * A request this caller may see, or 404: another country's caller learns nothing, not even that it
     * exists. Incoming requests are the central authority's to handle; prosecutors see their own side.
     */
    public MlaRequest visibleTo(UUID id, Caller caller) {
        return visible(id, caller, LockModeType.NONE);
    }

    public List<MlaRequest> list(Direction direction, Caller caller) {
        if (!caller.country().equals(config.country())) {
            return List.of();
        }
        List<Direction> directions = direction == null ? visibleDirections(caller) : List.of(direction);
        return MlaRequest.list("direction in ?1 order by createdAt desc",
                directions.stream().filter(visibleDirections(caller)::contains).toList());
    }

    private MlaRequest visible(UUID id, Caller caller, LockModeType lock) {
        MlaRequest request = caller.country().equals(config.country()) ? MlaRequest.findById(id, lock) : null;
        if (request == null || !visibleDirections(caller).contains(request.direction)) {
            throw ProblemException.notFound("Request " + id);
        }
        return request;
    }

    private static List<Direction> visibleDirections(Caller caller) {
        return caller.hasRole(Roles.CENTRAL_AUTHORITY)
                ? List.of(Direction.OUTGOING, Direction.INCOMING)
                : List.of(Direction.OUTGOING);
    }

    private MlaRequest perform(RequestAction action, UUID id, Caller caller) {
        // Locked on first read, so two officers pressing the same button cannot both succeed.
        MlaRequest request = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        if (!action.allowedOn(request.status, request.direction)) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("currentStatus", request.status);
            facts.put("direction", request.direction);
            facts.put("allowedActions", RequestAction.available(request.status, request.direction, caller::hasRole));
            throw ProblemException.conflict("Cannot " + action.name().toLowerCase() + " an " + request.direction
                    .name().toLowerCase() + " request in status " + request.status, facts);
        }
        request.advance(action, caller.name(), now());
        return request;
    }

    private String nextReference() {
        long number = ((Number) MlaRequest.getEntityManager()
                .createNativeQuery("select nextval('request_reference_seq')").getSingleResult()).longValue();
        return "%s-%d-%06d".formatted(config.country(), Year.now(ZoneOffset.UTC).getValue(), number);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
