package org.counterpart.routing.directory.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.events.sealing.PublishedSealingKey;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The countries' public sealing keys, as the directory publishes them: a sender asks for the newest
 * key of the country it writes to. A country publishes its own, endorsed with its own signing key; the
 * hub checks the shape, the sender checks the endorsement, so a key the hub made up would not be used.
 */
@Path("/directory/sealing-keys")
@Produces(MediaType.APPLICATION_JSON)
public class SealingKeysResource {

    public record SealingKeyView(String keyId, Country country, int version, String publicJwk, String endorsement,
            Instant publishedAt, String publishedBy) {

        static SealingKeyView of(SealingKeyEntry entry) {
            return new SealingKeyView(entry.published().id().value(), entry.published().id().country(), entry.id.version(),
                    entry.publicJwk, entry.endorsement, entry.publishedAt, entry.publishedBy);
        }
    }

    /** What a country's service sends to publish its newest key. */
    public record NewSealingKey(String keyId, String publicJwk, String endorsement) {
    }

    private final Caller caller;
    private final InstantSource clock;

    SealingKeysResource(Caller caller, InstantSource clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COUNTRY_SERVICE, Roles.OPERATOR, Roles.DIRECTORY_ADMIN})
    public List<SealingKeyView> list() {
        return SealingKeyEntry.<SealingKeyEntry>list("order by id.country, id.version").stream().map(SealingKeyView::of).toList();
    }

    @GET
    @Path("/{country}")
    @RolesAllowed({Roles.COUNTRY_SERVICE, Roles.OPERATOR, Roles.DIRECTORY_ADMIN})
    public SealingKeyView newest(@PathParam("country") String country) {
        SealingKeyEntry newest = Country.isWellFormed(country) ? SealingKeyEntry.newestOf(Country.of(country)) : null;
        if (newest == null) {
            throw ProblemException.notFound("Sealing key of " + country);
        }
        return SealingKeyView.of(newest);
    }

    /**
     * Publishes the caller's country's next key (201), or answers 200 when exactly that key is already
     * published (taking the endorsement given, which may be by a newer signing key), so a service may
     * publish again after a restart without asking first.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTRY_SERVICE)
    @Transactional
    @APIResponse(responseCode = "201", description = "The key published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SealingKeyView.class)))
    @APIResponse(responseCode = "200", description = "The same key was already published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SealingKeyView.class)))
    public Response publish(NewSealingKey key) {
        if (key == null || key.keyId() == null || key.publicJwk() == null || key.endorsement() == null) {
            throw ProblemException.invalid("keyId", "keyId, publicJwk and endorsement are required");
        }
        SealingKeyId id;
        try {
            id = SealingKeyId.parse(key.keyId());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("keyId", "must be a sealing key id such as MY/seal/1");
        }
        if (!id.country().equals(caller.country())) {
            throw new ForbiddenException("a service publishes its own country's sealing keys only");
        }
        PublishedSealingKey published = new PublishedSealingKey(id, key.publicJwk(), key.endorsement());
        String jwkProblem = published.publicJwkProblem();
        if (jwkProblem != null) {
            throw ProblemException.invalid("publicJwk", jwkProblem);
        }
        endorsedBy(published, id.country());
        SealingKeyEntry same = SealingKeyEntry.findById(new SealingKeyEntry.Id(id.country().code(), id.version()));
        if (same != null && same.publicJwk.equals(key.publicJwk())) {
            // The country endorses the same key again after rotating its signing key; senders need the new one.
            same.endorsement = key.endorsement();
            return Response.ok(SealingKeyView.of(same)).build();
        }
        SealingKeyEntry newest = SealingKeyEntry.newestOf(id.country());
        int expected = newest == null ? 1 : newest.id.version() + 1;
        if (id.version() != expected) {
            throw ProblemException.invalid(List.of(new FieldError("keyId",
                    "the next sealing key of " + id.country() + " is version " + expected)));
        }
        SealingKeyEntry entry = new SealingKeyEntry();
        entry.id = new SealingKeyEntry.Id(id.country().code(), id.version());
        entry.publicJwk = key.publicJwk();
        entry.endorsement = key.endorsement();
        entry.publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.publishedBy = caller.name();
        entry.persist();
        return Response.status(201).entity(SealingKeyView.of(entry)).build();
    }

    /** The endorsement must at least claim the country's own signing key; whether it verifies is each sender's check. */
    private static void endorsedBy(PublishedSealingKey key, Country country) {
        try {
            if (!EventSignature.keyOf(key.endorsement()).signer().equals(Signer.country(country))) {
                throw ProblemException.invalid("endorsement", "must be signed with a signing key of " + country);
            }
        } catch (SignatureRefusedException e) {
            throw ProblemException.invalid("endorsement", "must be a JWS by a signing key of " + country);
        }
    }
}
