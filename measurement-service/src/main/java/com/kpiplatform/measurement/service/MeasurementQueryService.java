package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.measurement.domain.StoredMeasurementPage;
import com.kpiplatform.measurement.repository.MeasurementReadRepository;
import com.kpiplatform.measurement.repository.MeasurementReadRepository.Position;
import com.kpiplatform.measurement.repository.MeasurementReadRepository.Row;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Raw measurements of a KPI, paged by cursor: each page continues exactly after the last row of
 * the previous one, so pages stay consistent while new measurements arrive.
 */
@ApplicationScoped
public class MeasurementQueryService {

    private static final int MAX_LIMIT = 1000;
    private static final String SEPARATOR = "|";

    @Inject
    KpiCatalog catalog;

    @Inject
    MeasurementReadRepository repository;

    public StoredMeasurementPage page(String kpiKey, Instant from, Instant to, Map<String, String> dimensions,
            boolean descending, String cursor, int limit) {
        catalog.require(kpiKey);
        int size = Math.min(limit, MAX_LIMIT);
        MeasurementRange range = new MeasurementRange(kpiKey, from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, dimensions);
        List<Row> rows = repository.page(range, descending, decode(cursor), size + 1);
        boolean more = rows.size() > size;
        List<Row> page = more ? rows.subList(0, size) : rows;
        return new StoredMeasurementPage(page.stream().map(Row::measurement).toList(),
                more ? encode(page.get(page.size() - 1).position()) : null);
    }

    private static String encode(Position position) {
        String text = position.timestamp() + SEPARATOR + position.dimensions();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = position.indexOf(SEPARATOR);
            return new Position(Instant.parse(position.substring(0, separator)), position.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued; use nextCursor of the previous page");
        }
    }
}
