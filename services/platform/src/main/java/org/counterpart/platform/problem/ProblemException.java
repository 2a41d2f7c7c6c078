package org.counterpart.platform.problem;

import java.util.List;
import java.util.Map;

/** Thrown by resources and domain code to answer with a problem; nothing of the request is stored. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem("urn:counterpart:problem:invalid-request", "Invalid request", 400,
                "The request has " + errors.size() + " invalid or missing field(s)", errors, null));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Well-formed, but not yet saying everything the next step needs. */
    public static ProblemException incomplete(List<FieldError> errors) {
        return new ProblemException(new Problem("urn:counterpart:problem:incomplete-request", "Incomplete request", 422,
                errors.size() + " field(s) must be completed first", errors, null));
    }

    /** Same answer for "does not exist" and "belongs to another country", so ids reveal nothing. */
    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("urn:counterpart:problem:not-found", "Not found", 404,
                what + " does not exist or is not visible to you", null, null));
    }

    public static ProblemException conflict(String detail, Map<String, Object> facts) {
        return new ProblemException(new Problem("urn:counterpart:problem:transition-not-allowed",
                "Transition not allowed", 409, detail, null, facts));
    }

    /** 413: the body is larger than the receiver accepts; says the limit. */
    public static ProblemException tooLarge(String field, long limitBytes, String whose) {
        return new ProblemException(new Problem("urn:counterpart:problem:too-large", "Content too large", 413,
                "larger than the " + limitBytes + " bytes " + whose + " accepts",
                List.of(new FieldError(field, "must not exceed " + limitBytes + " bytes")), Map.of("limitBytes", limitBytes)));
    }

    /** 415: a media type the receiver does not take; lists the ones it does. */
    public static ProblemException unsupportedType(String field, String given, java.util.Collection<String> allowed) {
        return new ProblemException(new Problem("urn:counterpart:problem:unsupported-media-type",
                "Unsupported media type", 415, "'" + given + "' is not an accepted type",
                List.of(new FieldError(field, "must be one of " + allowed.stream().sorted().toList())),
                Map.of("allowedTypes", allowed.stream().sorted().toList())));
    }

    /** 503: something this step depends on cannot be had now; nothing was changed, so trying again later is safe. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(new Problem("urn:counterpart:problem:unavailable", "Not possible now", 503,
                detail, null, null));
    }
}
