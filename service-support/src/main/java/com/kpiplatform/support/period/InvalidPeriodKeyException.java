package com.kpiplatform.support.period;

/** A period key that does not name a period of the expected type; the message is for clients. */
public class InvalidPeriodKeyException extends IllegalArgumentException {

    public InvalidPeriodKeyException(String message) {
        super(message);
    }
}
