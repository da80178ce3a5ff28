package com.kpiplatform.support.http;

import com.kpiplatform.support.problem.ProblemException;
import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter whose value the service cannot convert. A web exception, so
 * that the framework passes it on as it is (any other conversion failure becomes a bare 404); the
 * problem mappers answer it as a validation problem that names the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final transient ProblemException problem;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.problem = ProblemException.invalid(parameter, message);
    }

    public ProblemException problem() {
        return problem;
    }
}
