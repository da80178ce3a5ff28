package com.kpiplatform.measurement.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Raw measurements of one KPI, a page at a time along the primary key (keyset pagination). */
@ApplicationScoped
public class MeasurementReadRepository {

    @Inject
    AgroalDataSource dataSource;

    /** A stored measurement with where it came from. */
    public record Row(Instant timestamp, String dimensions, BigDecimal value, String source, Instant receivedAt) {
    }

    /** Where a page continues: after (or, descending, before) this timestamp and dimensions. */
    public record Position(Instant timestamp, String dimensions) {
    }

    public List<Row> page(String kpiKey, Instant from, Instant to, String dimensions, boolean descending,
            Position after, int limit) {
        String comparison = descending ? "<" : ">";
        String order = descending ? "DESC" : "ASC";
        String sql = """
                SELECT m.ts, m.dimensions, m.value, b.source, b.received_at
                FROM measurement m LEFT JOIN ingest_batch b ON b.id = m.batch_id
                WHERE m.kpi_key = ? AND m.ts >= ? AND m.ts < ?
                  AND (?::jsonb IS NULL OR m.dimensions::jsonb @> ?::jsonb)
                  AND (?::timestamptz IS NULL OR (m.ts, m.dimensions) %s (?::timestamptz, ?::text))
                ORDER BY m.ts %s, m.dimensions %s
                LIMIT ?""".formatted(comparison, order, order);
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            Timestamp afterTimestamp = after == null ? null : Timestamp.from(after.timestamp());
            select.setString(1, kpiKey);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            select.setString(4, dimensions);
            select.setString(5, dimensions);
            select.setTimestamp(6, afterTimestamp);
            select.setTimestamp(7, afterTimestamp);
            select.setString(8, after == null ? null : after.dimensions());
            select.setInt(9, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(ActualsRepository.instant(result, 1), result.getString(2), result.getBigDecimal(3),
                            result.getString(4), ActualsRepository.instant(result, 5)));
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return rows;
    }
}
