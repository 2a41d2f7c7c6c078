package org.counterpart.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.counterpart.platform.persistence.TransientFailures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a client can cause is answered as {@code application/problem+json} naming the field and the reason. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Long enough for a pool to drain or a database restart to complete, short enough for a person waiting.
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** No valid token reached a protected resource: 401 in the same shape as every other error. */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e) {
        return Response.fromResponse(new Problem("urn:counterpart:problem:unauthenticated", "Unauthenticated", 401,
                "A valid bearer token issued for Counterpart is required", null, null).toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A role check failed (Quarkus security); the body says so in the same shape as every other error. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return new Problem("urn:counterpart:problem:forbidden", "Forbidden", 403,
                "Your role does not allow this action", null, null).toResponse();
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return new Problem("urn:counterpart:problem:concurrent-change", "Changed meanwhile", 409,
                "Someone else changed this record at the same time; reload it and try again", null, null).toResponse();
    }

    /**
     * The database is out of reach or saturated (pool exhausted, restarting, a serialisation conflict):
     * the transaction rolled back, so nothing changed and the client may simply try again, which 503 and
     * Retry-After say. Anything else from the database is this service's fault: 500, logged with its cause.
     */
    @ServerExceptionMapper({PersistenceException.class, QuarkusTransactionException.class, SQLException.class})
    public Response database(Exception e) {
        return databaseFailure(e, "The service's database is busy or unreachable; nothing was changed, try again shortly");
    }

    /**
     * The answer to a database failure wherever it is met, {@code unavailable} saying what became of the
     * call when the failure is transient (503, Retry-After); anything else is a logged 500.
     */
    public static Response databaseFailure(Exception e, String unavailable) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("answered 503, the database is unavailable: %s", e.getMessage());
            return Response.fromResponse(ProblemException.unavailable(unavailable).problem().toResponse())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("answered 500", e);
        return new Problem("urn:counterpart:problem:internal", "Internal error", 500,
                "The service failed to do this; it is logged", null, null).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemException.invalid(errors).problem().toResponse();
    }

    // Declared per type because Quarkus REST ships its own (non-problem) mappers for these Jackson exceptions.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return ProblemException.invalid(pathOf(format), "must be one of " + allowed).problem().toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalid(pathOf(mapping), "has the wrong type").problem().toResponse();
        }
        return new Problem("urn:counterpart:problem:malformed-json", "Malformed JSON", 400,
                "The body is not valid JSON: " + e.getOriginalMessage(), null, null).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return new Problem("about:blank", title, status, e.getMessage(), null, null).toResponse();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** {@code create.draft.summaryOfFacts} becomes {@code summaryOfFacts}: clients know their own body, not our methods. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .toList();
        boolean bodyField = names.size() > 1;
        return bodyField ? String.join(".", names.subList(1, names.size())) : names.isEmpty() ? "body" : names.get(0);
    }
}
