package com.kpiplatform.measurement.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.Violation;
import com.kpiplatform.support.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads measurements from CSV with a header row: {@code kpiKey,timestamp,value} and one
 * {@code dim.<name>} column per dimension (an empty cell means the measurement lacks it). Errors
 * name the line, counting the header as line 1.
 */
final class CsvMeasurementReader {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final String DIMENSION_PREFIX = "dim.";

    private CsvMeasurementReader() {
    }

    static List<MeasurementInput> read(InputStream body, int maxRows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<MeasurementInput> inputs = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).readValues(body)) {
            while (rows.hasNextValue()) {
                if (inputs.isEmpty()) {
                    checkHeader((CsvSchema) rows.getParserSchema());
                }
                if (inputs.size() == maxRows) {
                    throw ProblemException.invalid("body", "must have at most " + maxRows
                            + " rows; send larger backfills as application/x-ndjson");
                }
                int line = rows.getCurrentLocation().getLineNr();
                inputs.add(toInput(rows.nextValue(), "line " + line));
            }
        }
        return inputs;
    }

    private static void checkHeader(CsvSchema header) {
        for (CsvSchema.Column column : header) {
            String name = column.getName();
            if (!name.equals("kpiKey") && !name.equals("timestamp") && !name.equals("value") && !name.startsWith(DIMENSION_PREFIX)) {
                throw ProblemException.invalid("line 1", "unknown column '" + name
                        + "'; the header is kpiKey,timestamp,value and dim.<name> columns");
            }
        }
    }

    private static MeasurementInput toInput(Map<String, String> row, String location) {
        List<Violation> errors = new ArrayList<>();
        BigDecimal value = null;
        String text = blankToNull(row.get("value"));
        if (text != null) {
            try {
                value = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                errors.add(new Violation(location + ".value", "must be a finite number, not '" + text + "'"));
            }
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (column.startsWith(DIMENSION_PREFIX) && blankToNull(cell) != null) {
                dimensions.put(column.substring(DIMENSION_PREFIX.length()), cell);
            }
        });
        return new MeasurementInput(location, blankToNull(row.get("kpiKey")), blankToNull(row.get("timestamp")), value,
                dimensions, errors);
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
