package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Granularity;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A KPI's measurements grouped into calendar buckets of its time zone, in one statement: the
 * database truncates each timestamp to the local day, week (ISO, from Monday), month, quarter or
 * year.
 */
@ApplicationScoped
public class SeriesRepository {

    private static final String SERIES = """
            SELECT date_trunc(?, m.ts AT TIME ZONE ?)::date AS bucket, count(*), sum(m.value), min(m.value),
                   max(m.value), min(m.ts), max(m.ts), (array_agg(m.value ORDER BY m.ts DESC, m.dimensions DESC))[1]
            FROM measurement m
            WHERE m.kpi_key = ? AND m.ts >= ? AND m.ts < ? AND (?::jsonb IS NULL OR m.dimensions::jsonb @> ?::jsonb)
            GROUP BY 1 ORDER BY 1""";

    @Inject
    AgroalDataSource dataSource;

    /** Each bucket's aggregate by the local date it starts on. */
    public Map<LocalDate, PeriodAggregate> buckets(String kpiKey, String timeZone, Granularity granularity, Instant from,
            Instant to, String dimensions) {
        Map<LocalDate, PeriodAggregate> buckets = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SERIES)) {
            select.setString(1, granularity.name().toLowerCase());
            select.setString(2, timeZone);
            select.setString(3, kpiKey);
            select.setTimestamp(4, Timestamp.from(from));
            select.setTimestamp(5, Timestamp.from(to));
            select.setString(6, dimensions);
            select.setString(7, dimensions);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    buckets.put(rows.getObject(1, LocalDate.class), new PeriodAggregate(rows.getLong(2),
                            rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5),
                            ActualsRepository.instant(rows, 6), ActualsRepository.instant(rows, 7), rows.getBigDecimal(8)));
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return buckets;
    }
}
