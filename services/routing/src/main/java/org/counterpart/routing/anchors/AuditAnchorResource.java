package org.counterpart.routing.anchors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.audit.SignedAnchor;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.platform.signing.TrustedKeys;

/**
 * Where countries leave the signed heads of their audit trails. An anchor is kept only when it is
 * signed by its own country's key and goes on from the country's last anchor: one that names an
 * anchored entry with another hash, or an earlier entry, is refused, which is what a rewritten trail
 * looks like from here.
 */
@Path("/exchange/audit-anchors")
@Produces(MediaType.APPLICATION_JSON)
public class AuditAnchorResource {

    private final TrustedKeys trustedKeys;
    private final Caller caller;
    private final InstantSource clock;

    AuditAnchorResource(TrustedKeys trustedKeys, Caller caller, InstantSource clock) {
        this.trustedKeys = trustedKeys;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTRY_SERVICE)
    public SignedAnchor leave(SignedAnchor signed) {
        if (signed == null || signed.statement() == null || signed.signature() == null) {
            throw ProblemException.invalid("statement", "a signed anchor needs its statement and its signature");
        }
        AuditAnchor anchor;
        try {
            anchor = AuditAnchor.parse(signed.statement());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("statement", e.getMessage());
        }
        if (!anchor.country().equals(caller.country())) {
            throw new ForbiddenException("a service anchors its own country's trail only");
        }
        Signer signer;
        try {
            signer = trustedKeys.verify(signed.statement().getBytes(StandardCharsets.UTF_8), signed.signature());
        } catch (SignatureRefusedException e) {
            throw ProblemException.invalid("signature", e.getMessage());
        }
        if (!signer.is(anchor.country())) {
            throw ProblemException.invalid("signature", "signed by " + signer + ", not by " + anchor.country());
        }
        return QuarkusTransaction.requiringNew().call(() -> keep(anchor, signed));
    }

    /** Every anchor the country left, oldest first (metadata only: entry numbers, hashes, times). */
    @GET
    @Path("/{country}")
    @RolesAllowed({Roles.COUNTRY_SERVICE, Roles.OPERATOR})
    public List<SignedAnchor> of(@PathParam("country") String country) {
        if (!caller.hasRole(Roles.OPERATOR) && !caller.country().code().equals(country)) {
            throw new ForbiddenException("a service reads its own country's anchors only");
        }
        return AuditAnchorEntry.<AuditAnchorEntry>list("id.country = ?1 order by id.seq", country).stream()
                .map(entry -> new SignedAnchor(entry.statement, entry.signature)).toList();
    }

    private SignedAnchor keep(AuditAnchor anchor, SignedAnchor signed) {
        // One country's anchors are decided one at a time.
        AuditAnchorEntry.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:country))")
                .setParameter("country", "audit-anchor-" + anchor.country()).getSingleResult();
        AuditAnchorEntry latest = AuditAnchorEntry.latestOf(anchor.country());
        if (latest != null && latest.id.seq() == anchor.seq() && latest.hash.equals(anchor.hash())) {
            return new SignedAnchor(latest.statement, latest.signature);
        }
        if (latest != null && anchor.seq() <= latest.id.seq()) {
            throw ProblemException.conflict("Entry " + anchor.seq() + " of " + anchor.country() + "'s audit trail does not "
                    + "go on from entry " + latest.id.seq() + ", anchored at " + latest.anchoredAt,
                    Map.of("anchoredSeq", latest.id.seq(), "anchoredHash", latest.hash));
        }
        AuditAnchorEntry entry = new AuditAnchorEntry();
        entry.id = new AuditAnchorEntry.Id(anchor.country().code(), anchor.seq());
        entry.hash = anchor.hash();
        entry.anchoredAt = anchor.anchoredAt();
        entry.statement = signed.statement();
        entry.signature = signed.signature();
        entry.receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.persist();
        return signed;
    }
}
