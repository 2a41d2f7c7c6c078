package org.counterpart.mla.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.counterpart.platform.problem.ProblemMappers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes every call of an {@link Audited} endpoint to the trail once its response is decided, allowed
 * or refused: one place, so no endpoint can forget. Who comes from the verified token (name, roles,
 * the client it was issued to), where from the connection (as the HTTP layer resolves forwarding).
 */
public class AuditFilter {

    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AuditFilter(AuditTrail trail, SecurityIdentity identity, JsonWebToken token) {
        this.trail = trail;
        this.identity = identity;
        this.token = token;
    }

    /**
     * A call refused before it reached the endpoint (a missing role) is answered on the I/O thread;
     * its entry is then written on a worker thread, from what was read off the request here.
     */
    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            HttpServerRequest connection) {
        Audited audited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null) {
            return Uni.createFrom().voidItem();
        }
        boolean anonymous = identity.isAnonymous();
        String actor = anonymous ? "anonymous" : identity.getPrincipal().getName();
        List<String> roles = anonymous ? List.of() : List.copyOf(identity.getRoles());
        String client = anonymous ? null : token.getClaim("azp");
        String address = connection.remoteAddress() == null ? null : connection.remoteAddress().hostAddress();
        UUID requestId = requestOf(request, response);
        String target = request.getUriInfo().getPath();
        int status = response.getStatus();
        Runnable append = () -> {
            try {
                trail.append(actor, roles, audited.value(), requestId, target, client, address, status);
            } catch (RuntimeException notRecorded) {
                withhold(response, notRecorded);
            }
        };
        if (Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(() -> {
                append.run();
                return (Void) null;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        append.run();
        return Uni.createFrom().voidItem();
    }

    /**
     * A call the trail could not record gets no answer but the failure: no one reads what the trail does
     * not show. What it did stays done, so a client repeats it with the same Idempotency-Key for its answer.
     */
    private static void withhold(ContainerResponseContext response, RuntimeException notRecorded) {
        Response failure = ProblemMappers.databaseFailure(notRecorded, "The call could not be recorded in the audit trail"
                + " (its database is busy or unreachable), so its answer is withheld; what it did is kept: repeat"
                + " it shortly (with the same Idempotency-Key when it created something)");
        response.setStatus(failure.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(failure.getHeaders());
        response.setEntity(failure.getEntity(), null, failure.getMediaType());
    }

    /** The request in the path (or, for the hub's collection point, the query), or the one just created (its Location). */
    private static UUID requestOf(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null) {
            id = request.getUriInfo().getQueryParameters().getFirst("requestId");
        }
        if (id == null && response.getLocation() != null) {
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
