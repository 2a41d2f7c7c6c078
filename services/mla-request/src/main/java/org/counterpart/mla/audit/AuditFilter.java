package org.counterpart.mla.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.List;
import java.util.UUID;
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
        Runnable append = () -> trail.append(actor, roles, audited.value(), requestId, target, client, address, status);
        if (Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(() -> {
                append.run();
                return (Void) null;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        append.run();
        return Uni.createFrom().voidItem();
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
