package org.counterpart.mla.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.Problem;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creating calls made at most once per caller and {@link IdempotencyKey}, for
 * {@code counterpart.idempotency.retention}. The key is claimed in the transaction that creates: a retry
 * while the first call still runs waits for it on the key's row, then finds what it made; a first call
 * that failed claimed nothing, so its retry creates. The same key on a different request is refused.
 */
@ApplicationScoped
public class IdempotentCalls {

    /** What the call made, and whether an earlier call with the same key made it. */
    public record Created<T>(T made, boolean replayed) {

        /** Response header saying the answer is the first call's, nothing was created now. */
        public static final String REPLAYED = "Idempotent-Replayed";

        /** 201 at {@code location}, the same for the first call and its retries but for {@link #REPLAYED}. */
        public Response response(URI location, Object entity) {
            Response.ResponseBuilder answer = Response.created(location).entity(entity);
            return (replayed ? answer.header(REPLAYED, "true") : answer).build();
        }
    }

    private final EntityManager entities;
    private final InstantSource clock;
    private final Duration retention;
    private final ObjectMapper canonical;

    IdempotentCalls(EntityManager entities, InstantSource clock, ObjectMapper json,
            @ConfigProperty(name = "counterpart.idempotency.retention") Duration retention) {
        this.entities = entities;
        this.clock = clock;
        this.retention = retention;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * {@code create} (in this transaction), unless {@code caller} already called {@code operation} with
     * {@code key} and the same {@code request}: then what that call made, found again by its id.
     */
    @Transactional
    public <T> Created<T> once(IdempotencyKey key, Person caller, String operation, Object request, Supplier<T> create,
            Function<T, UUID> idOf, Function<UUID, T> find) {
        if (key == null) {
            return new Created<>(create.get(), false);
        }
        String fingerprint = fingerprint(operation, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entities.createNativeQuery("delete from idempotency_key where owner = ?1 and key = ?2 and created_at < ?3")
                .setParameter(1, caller.name()).setParameter(2, key.value()).setParameter(3, now.minus(retention))
                .executeUpdate();
        int claimed = entities.createNativeQuery("insert into idempotency_key (owner, key, fingerprint, created_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caller.name()).setParameter(2, key.value()).setParameter(3, fingerprint)
                .setParameter(4, now).executeUpdate();
        if (claimed == 1) {
            T made = create.get();
            entities.createNativeQuery("update idempotency_key set resource_id = ?3 where owner = ?1 and key = ?2")
                    .setParameter(1, caller.name()).setParameter(2, key.value()).setParameter(3, idOf.apply(made))
                    .executeUpdate();
            return new Created<>(made, false);
        }
        Object[] earlier = (Object[]) entities.createNativeQuery(
                        "select fingerprint, resource_id from idempotency_key where owner = ?1 and key = ?2")
                .setParameter(1, caller.name()).setParameter(2, key.value()).getSingleResult();
        if (!fingerprint.equals(earlier[0])) {
            throw reusedForAnother(retention);
        }
        return new Created<>(find.apply((UUID) earlier[1]), true);
    }

    /** Removes the keys past their retention; returns how many went. */
    @Transactional
    public int purgeExpired() {
        return entities.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, clock.instant().minus(retention)).executeUpdate();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private static ProblemException reusedForAnother(Duration retention) {
        return new ProblemException(new Problem("urn:counterpart:problem:idempotency-key-reused",
                "Idempotency-Key already used", 422,
                "This key was sent with a different request; a retry must repeat the first request exactly",
                List.of(new FieldError(IdempotencyKey.HEADER, "was used for another request in the last " + retention)),
                Map.of("retention", retention.toString())));
    }
}
