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
import java.util.List;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.platform.signing.KeyIds;
import org.counterpart.platform.signing.PublishedKey;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signing keys of the network, as the directory publishes them: public, versioned, each endorsed
 * by the one before. A country's service publishes its own next key with its own identity.
 */
@Path("/directory/keys")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryKeysResource {

    public record KeyView(String keyId, String signer, int version, String publicJwk, String endorsement,
            Instant publishedAt, String publishedBy) {

        static KeyView of(PublishedKeyEntry entry) {
            return new KeyView(entry.keyId().value(), entry.id.signer(), entry.id.version(), entry.publicJwk,
                    entry.endorsement, entry.publishedAt, entry.publishedBy);
        }
    }

    /** What a service sends to publish its next key. */
    public record NewKey(String keyId, String publicJwk, String endorsement) {
    }

    private final DirectoryKeys keys;
    private final Caller caller;

    DirectoryKeysResource(DirectoryKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COUNTRY_SERVICE, Roles.OPERATOR, Roles.DIRECTORY_ADMIN})
    public List<KeyView> list() {
        return PublishedKeyEntry.<PublishedKeyEntry>list("order by id.signer, id.version").stream().map(KeyView::of).toList();
    }

    @GET
    @Path("/{signer}/{version}")
    @RolesAllowed({Roles.COUNTRY_SERVICE, Roles.OPERATOR, Roles.DIRECTORY_ADMIN})
    public KeyView get(@PathParam("signer") String signer, @PathParam("version") int version) {
        PublishedKeyEntry entry = PublishedKeyEntry.find(KeyIds.parse(signer + "/" + version, "keyId"));
        if (entry == null) {
            throw ProblemException.notFound("Key " + signer + "/" + version);
        }
        return KeyView.of(entry);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTRY_SERVICE)
    @Transactional
    @APIResponse(responseCode = "201", description = "The key published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView.class)))
    public Response publish(NewKey key) {
        if (key == null || key.keyId() == null || key.publicJwk() == null) {
            throw ProblemException.invalid("keyId", "keyId and publicJwk are required");
        }
        KeyId id = KeyIds.parse(key.keyId(), "keyId");
        if (!id.signer().equals(Signer.country(caller.country()))) {
            throw new ForbiddenException("a service publishes its own country's keys only");
        }
        keys.publish(new PublishedKey(id, key.publicJwk(), key.endorsement()), caller.name())
                .ifPresent(problem -> {
                    throw ProblemException.invalid(List.of(problem));
                });
        return Response.status(201).entity(KeyView.of(PublishedKeyEntry.find(id))).build();
    }
}
