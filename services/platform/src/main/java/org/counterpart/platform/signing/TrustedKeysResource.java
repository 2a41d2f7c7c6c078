package org.counterpart.platform.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.signature.KeyId;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/**
 * The keys this service accepts signatures from, for the operator who runs it: see them, and revoke
 * one (a signer's key leaked, say), after which everything signed with it is refused here. A country's
 * service answers to that country's operator; the hub and tracking to the regional operator.
 */
@Path("/operations/trusted-keys")
@Produces(MediaType.APPLICATION_JSON)
public class TrustedKeysResource {

    public record KeyView(String keyId, String signer, int version, TrustedKey.Status status, TrustedKey.Source source,
            Instant recordedAt, Instant retireAfter, String changedBy, Instant changedAt) {

        static KeyView of(TrustedKey key) {
            return new KeyView(key.id.keyId().value(), key.id.signer(), key.id.version(), key.status, key.source,
                    key.recordedAt, key.retireAfter, key.changedBy, key.changedAt);
        }
    }

    private final TrustedKeys keys;
    private final OwnKeys own;
    private final Caller caller;

    TrustedKeysResource(TrustedKeys keys, OwnKeys own, Caller caller) {
        this.keys = keys;
        this.own = own;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    public List<KeyView> list() {
        requireOwnOperator();
        return TrustedKey.<TrustedKey>list("order by id.signer, id.version").stream().map(KeyView::of).toList();
    }

    @POST
    @Path("/{signer}/{version}/revoke")
    @RolesAllowed(Roles.OPERATOR)
    @Transactional
    public KeyView revoke(@PathParam("signer") String signer, @PathParam("version") int version) {
        requireOwnOperator();
        KeyId id = keyId(signer, version);
        if (id.signer().equals(own.signer())) {
            throw ProblemException.invalid("signer", "this service's own keys are rotated, not revoked here");
        }
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null) {
            throw ProblemException.notFound("Key " + id);
        }
        keys.revoke(id, caller.name());
        return KeyView.of(key);
    }

    /** A key the directory published without an endorsement this service could check, confirmed by its operator. */
    @POST
    @Path("/{signer}/{version}/confirm")
    @RolesAllowed(Roles.OPERATOR)
    @Transactional
    public KeyView confirm(@PathParam("signer") String signer, @PathParam("version") int version) {
        requireOwnOperator();
        KeyId id = keyId(signer, version);
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null) {
            throw ProblemException.notFound("Key " + id);
        }
        if (key.status == TrustedKey.Status.REVOKED) {
            throw ProblemException.conflict("Key " + id + " was revoked by " + key.changedBy, java.util.Map.of("status", key.status));
        }
        return KeyView.of(keys.confirm(id, caller.name()));
    }

    private static KeyId keyId(String signer, int version) {
        try {
            return KeyId.parse(signer + "/" + version);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("signer", "must be a country code, HUB or TRACKING, with a version from 1");
        }
    }

    private void requireOwnOperator() {
        boolean allowed = own.signer().isCountry() ? caller.country().equals(own.signer().name()) : caller.isRegional();
        if (!allowed) {
            throw new ForbiddenException("only the operator of " + own.signer() + " manages the keys it trusts");
        }
    }
}
