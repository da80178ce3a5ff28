package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.repository.DimensionsCodec;
import com.kpiplatform.measurement.repository.MeasurementReadRepository;
import com.kpiplatform.measurement.rest.dto.MeasurementPage;
import com.kpiplatform.measurement.rest.dto.MeasurementResponse;
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

    public static final int MAX_LIMIT = 1000;
    private static final String SEPARATOR = "|";

    @Inject
    KpiCatalog catalog;

    @Inject
    MeasurementReadRepository repository;

    @Inject
    DimensionsCodec dimensionsCodec;

    public MeasurementPage page(String kpiKey, Instant from, Instant to, Map<String, String> dimensions,
            boolean descending, String cursor, int limit) {
        catalog.require(kpiKey);
        int size = Math.min(limit, MAX_LIMIT);
        List<MeasurementReadRepository.Row> rows = repository.page(kpiKey, from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to,
                dimensions.isEmpty() ? null : dimensionsCodec.encode(dimensions), descending, decode(cursor), size + 1);
        boolean more = rows.size() > size;
        List<MeasurementReadRepository.Row> page = more ? rows.subList(0, size) : rows;
        List<MeasurementResponse> items = page.stream().map(row -> new MeasurementResponse(kpiKey, row.timestamp(),
                row.value(), dimensionsCodec.decode(row.dimensions()), row.source(), row.receivedAt())).toList();
        return new MeasurementPage(items, more ? encode(page.get(page.size() - 1)) : null);
    }

    private static String encode(MeasurementReadRepository.Row row) {
        String position = row.timestamp() + SEPARATOR + row.dimensions();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static MeasurementReadRepository.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = position.indexOf(SEPARATOR);
            return new MeasurementReadRepository.Position(Instant.parse(position.substring(0, separator)),
                    position.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued; use nextCursor of the previous page");
        }
    }
}
