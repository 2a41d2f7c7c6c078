package org.counterpart.platform.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.counterpart.events.signature.KeyId;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The keys this service accepts signatures from, for the operator who runs it: see them with their
 * thumbprints, confirm a pending one against the thumbprint its signer read out, hand over one the
 * service could not learn, and revoke one (a signer's key leaked, say), after which everything signed
 * with it is refused here.
 */
@Path("/operations/trusted-keys")
@Produces(MediaType.APPLICATION_JSON)
public class TrustedKeysResource {

    public record KeyView(String keyId, String signer, int version, String thumbprint, TrustedKey.Status status,
            TrustedKey.Source source, Instant recordedAt, Instant retireAfter, String changedBy, Instant changedAt) {

        static KeyView of(TrustedKey key) {
            return new KeyView(key.id.keyId().value(), key.id.signer(), key.id.version(),
                    Endorsement.thumbprint(key.publicJwk), key.status, key.source, key.recordedAt, key.retireAfter,
                    key.changedBy, key.changedAt);
        }
    }

    /** The RFC 7638 thumbprint the signer's operator read out for the key. */
    public record Confirmation(String thumbprint) {
    }

    /** A key handed over by hand: its id and public JWK, checked with the signer. */
    public record HandedOver(String keyId, String publicJwk) {
    }

    private final TrustedKeys keys;
    private final OwnKeys own;
    private final KeyOperators operators;
    private final Caller caller;

    TrustedKeysResource(TrustedKeys keys, OwnKeys own, KeyOperators operators, Caller caller) {
        this.keys = keys;
        this.own = own;
        this.operators = operators;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    public List<KeyView> list() {
        operators.require(caller);
        return TrustedKey.<TrustedKey>list("order by id.signer, id.version").stream().map(KeyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Transactional
    @APIResponse(responseCode = "201", description = "The key now trusted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView.class)))
    public Response add(HandedOver key) {
        operators.require(caller);
        if (key == null || key.keyId() == null || key.publicJwk() == null) {
            throw ProblemException.invalid("publicJwk", "keyId and publicJwk are required");
        }
        KeyId id = KeyIds.parse(key.keyId(), "signer");
        try {
            return Response.status(201).entity(KeyView.of(keys.add(new PublishedKey(id, key.publicJwk(), null),
                    caller.name()))).build();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("publicJwk", e.getMessage());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage(), Map.of("keyId", id.value()));
        }
    }

    @POST
    @Path("/{signer}/{version}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Transactional
    public KeyView confirm(@PathParam("signer") String signer, @PathParam("version") int version,
            Confirmation confirmation) {
        operators.require(caller);
        KeyId id = KeyIds.parse(signer + "/" + version, "signer");
        if (confirmation == null || confirmation.thumbprint() == null || confirmation.thumbprint().isBlank()) {
            throw ProblemException.invalid("thumbprint", "is required: the key's RFC 7638 thumbprint, as its signer read it out");
        }
        try {
            return KeyView.of(keys.confirm(id, confirmation.thumbprint().strip(), caller.name()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("no key")) {
                throw ProblemException.notFound("Key " + id);
            }
            throw ProblemException.invalid("thumbprint", e.getMessage());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage(), Map.of("keyId", id.value()));
        }
    }

    @POST
    @Path("/{signer}/{version}/revoke")
    @RolesAllowed(Roles.OPERATOR)
    @Transactional
    public KeyView revoke(@PathParam("signer") String signer, @PathParam("version") int version) {
        operators.require(caller);
        KeyId id = KeyIds.parse(signer + "/" + version, "signer");
        if (id.signer().equals(own.signer())) {
            throw ProblemException.invalid("signer", "this service's own keys are rotated, not revoked here");
        }
        try {
            return KeyView.of(keys.revoke(id, caller.name()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Key " + id);
        }
    }
}
