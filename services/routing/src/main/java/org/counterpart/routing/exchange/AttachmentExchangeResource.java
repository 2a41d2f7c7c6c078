package org.counterpart.routing.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.platform.problem.Problem;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.decision.RoutingOutcome;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.relay.Provenance;

/**
 * How a country gets a file its counterpart sent: the hub checks, from its routing record, that the
 * asking service's country is a party to the request, collects the file from the other party and streams
 * it on without keeping it. Neither country needs to reach the other directly.
 */
@Path("/exchange/requests/{requestId}/attachments/{attachmentId}")
public class AttachmentExchangeResource {

    private final Caller caller;
    private final CountryServices countries;

    AttachmentExchangeResource(Caller caller, CountryServices countries) {
        this.caller = caller;
        this.countries = countries;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.COUNTRY_SERVICE)
    public Response fetch(@PathParam("requestId") UUID requestId, @PathParam("attachmentId") UUID attachmentId) {
        RoutingRecord record = RoutingRecord.findById(requestId);
        Country asking = caller.country();
        if (record == null || record.outcome != RoutingOutcome.ROUTED || !Provenance.isParty(record, asking)) {
            throw ProblemException.notFound("Request " + requestId);
        }
        Country sender = Provenance.otherParty(record, asking);
        CountryExchange exchange = countries.exchangeOf(sender).orElseThrow(() -> unreachable(sender, "has no address"));
        Response collected = exchange.sentAttachment(attachmentId, requestId);
        if (collected.getStatus() != 200) {
            int status = collected.getStatus();
            collected.close();
            throw status == 404 ? ProblemException.notFound("Attachment " + attachmentId)
                    : unreachable(sender, "answered " + status);
        }
        InputStream content = collected.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (collected; InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, collected.getMediaType())
                .header(HttpHeaders.CONTENT_LENGTH, collected.getHeaderString(HttpHeaders.CONTENT_LENGTH))
                .header("Repr-Digest", collected.getHeaderString("Repr-Digest"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static ProblemException unreachable(Country country, String why) {
        return new ProblemException(new Problem("urn:counterpart:problem:country-unreachable",
                "Country service unavailable", 502, "the hub cannot collect the file: " + country + "'s service " + why,
                null, null));
    }
}
