package org.counterpart.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.counterpart.platform.problem.Problem;

/**
 * A missing, expired, forged or foreign token is answered like every other error: 401 with
 * {@code application/problem+json}, plus the bearer challenge. Tokens are checked before any resource
 * runs, so this sits on the HTTP router rather than among the REST exception mappers.
 */
@ApplicationScoped
public class UnauthenticatedProblems {

    private static final String BODY = """
            {"type":"urn:counterpart:problem:unauthenticated","title":"Unauthenticated","status":401,\
            "detail":"A valid bearer token issued for Counterpart is required"}""";

    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                    || failure instanceof UnauthorizedException) {
                context.response().setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Bearer")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(BODY);
            } else {
                context.next();
            }
        });
    }
}
