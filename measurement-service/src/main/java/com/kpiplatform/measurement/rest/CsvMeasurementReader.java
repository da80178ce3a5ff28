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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvMeasurementReader() {
    }

    static List<MeasurementInput> read(InputStream body, int maxRows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<MeasurementInput> inputs = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).readValues(text(body))) {
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

    /**
     * The body as text: strictly UTF-8 (a byte that is not is refused with its line, not replaced),
     * without the byte order mark some tools put first. CSV bodies are bounded by the body size limit.
     */
    private static String text(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw ProblemException.invalid("line " + line, "is not UTF-8 text (byte " + (in.position() + 1) + ")");
        }
        String text = out.flip().toString();
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
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
