package com.kpiplatform.measurement.domain;

import java.io.IOException;

/**
 * The rest of an input cannot be read, e.g. a line that is not JSON; what was read before it
 * stands. The violation names where and why, for the client.
 */
public class UnreadableInputException extends IOException {

    private final transient Violation violation;

    public UnreadableInputException(Violation violation) {
        super(violation.field() + " " + violation.message());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
