package com.kpiplatform.measurement.domain;

import java.io.IOException;

/** Measurements read one at a time, as they are asked for: a body of any size is never held whole. */
public interface MeasurementSource {

    /**
     * The next measurement as read, or null at the end.
     *
     * @throws UnreadableInputException when the rest of the input cannot be read
     */
    MeasurementInput next() throws IOException;
}
