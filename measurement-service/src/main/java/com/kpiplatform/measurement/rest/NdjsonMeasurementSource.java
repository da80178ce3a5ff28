package com.kpiplatform.measurement.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.MeasurementSource;
import com.kpiplatform.measurement.domain.UnreadableInputException;
import com.kpiplatform.measurement.domain.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The measurements of an NDJSON body, one per line, parsed only as they are asked for, located by
 * line. A line that is not JSON ends what can be read.
 */
final class NdjsonMeasurementSource implements MeasurementSource, Closeable {

    private final JsonParser parser;

    NdjsonMeasurementSource(InputStream body) throws IOException {
        parser = JsonMeasurementReader.JSON.createParser(body);
    }

    @Override
    public MeasurementInput next() throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            return JsonMeasurementReader.readItem(parser, token, "line " + parser.currentTokenLocation().getLineNr());
        } catch (JsonParseException e) {
            throw new UnreadableInputException(new Violation("line " + e.getLocation().getLineNr(),
                    "is not valid JSON (" + e.getOriginalMessage() + "); the lines after it were not read"));
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
