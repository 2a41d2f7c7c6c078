package org.counterpart.platform.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/**
 * Rotating this service's signing key, for its own operator: the new key is published through the
 * directory, endorsed by the old one, and signs from then on; receivers keep accepting the old key for
 * the overlap period ({@code counterpart.signing.overlap}) after they learn the new one.
 */
@Path("/operations/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    /** The new key, and its thumbprint to read out to counterparts that confirm keys by hand. */
    public record Rotated(String keyId, String publicJwk, String thumbprint, String endorsedBy) {
    }

    private final OwnKeys own;
    private final KeyDirectory directory;
    private final KeyOperators operators;
    private final Caller caller;

    SigningKeysResource(OwnKeys own, KeyDirectory directory, KeyOperators operators, Caller caller) {
        this.own = own;
        this.directory = directory;
        this.operators = operators;
        this.caller = caller;
    }

    @POST
    @Path("/rotate")
    @RolesAllowed(Roles.OPERATOR)
    public Rotated rotate() {
        operators.require(caller);
        String previous = own.currentKey().value();
        PublishedKey key;
        try {
            key = own.rotate(directory::publish);
        } catch (RuntimeException e) {
            // Published first, used after: a key the directory did not take never signs anything.
            throw ProblemException.conflict("The directory did not take the new key, so " + previous
                    + " still signs; try again later", Map.of("keyId", previous));
        }
        return new Rotated(key.id().value(), key.publicJwk(), Endorsement.thumbprint(key.publicJwk()), previous);
    }
}
