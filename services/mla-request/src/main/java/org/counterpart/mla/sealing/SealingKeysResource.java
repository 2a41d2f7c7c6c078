package org.counterpart.mla.sealing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.platform.signing.KeyOperators;

/**
 * This country's sealing keys, for its operator: which versions are held, a rotation (counterparts seal
 * for the new key once the directory publishes it; older messages still open with the older ones), and
 * retiring an older version once nothing sealed for it is expected any more.
 */
@Path("/operations/sealing-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class SealingKeysResource {

    /** @param published whether the directory has taken the current key */
    public record HeldKeys(String current, List<String> held, boolean published) {
    }

    private final SealingKeys keys;
    private final SealingKeyPublication publication;
    private final KeyOperators operators;
    private final Caller caller;

    SealingKeysResource(SealingKeys keys, SealingKeyPublication publication, KeyOperators operators, Caller caller) {
        this.keys = keys;
        this.publication = publication;
        this.operators = operators;
        this.caller = caller;
    }

    @GET
    public HeldKeys held() {
        operators.require(caller);
        return view(publication.publish());
    }

    @POST
    @Path("/rotate")
    public HeldKeys rotate() {
        operators.require(caller);
        keys.rotate();
        return view(publication.publish());
    }

    @DELETE
    @Path("/{version}")
    public HeldKeys retire(@PathParam("version") int version) {
        operators.require(caller);
        if (version < 1) {
            throw ProblemException.invalid("version", "key versions start at 1");
        }
        SealingKeyId id = new SealingKeyId(keys.currentId().country(), version);
        try {
            keys.retire(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict(e.getMessage(), Map.of("current", keys.currentId().value()));
        }
        return view(publication.publish());
    }

    private HeldKeys view(boolean published) {
        return new HeldKeys(keys.currentId().value(), keys.versions().stream().map(SealingKeyId::value).toList(), published);
    }
}
