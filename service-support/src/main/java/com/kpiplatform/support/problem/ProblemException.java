package com.kpiplatform.support.problem;

import com.kpiplatform.support.problem.Problem.FieldViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services for every failure the client can act on; {@link ProblemMappers} turns it into
 * problem details. The detail text is shown to clients, so it must never hold internals.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldViolation> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldViolation> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A 400 that names one invalid field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    /** A 400 that names every invalid field. */
    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION, summary(violations), violations);
    }

    /** The detail line of a validation problem: the one violation, or how many there are. */
    public static String summary(List<FieldViolation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).field() + ": " + violations.get(0).message();
        }
        return violations.size() + " fields are invalid.";
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** A 403 for a caller who may not do this to this object. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A 503 that tells the client when to come back. */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds an RFC 9457 extension member to the problem body. */
    public ProblemException withExtension(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
