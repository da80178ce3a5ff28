package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.StoredMeasurement;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.persistence.QueryConditions;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a range of one KPI's measurements along the primary key: raw, a page at a time (keyset
 * pagination), or aggregated per bucket of a series.
 */
@ApplicationScoped
public class MeasurementReadRepository {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DimensionsCodec dimensions;

    /** Where a page continues: after (or, descending, before) this timestamp and stored dimensions. */
    public record Position(Instant timestamp, String dimensions) {
    }

    /** A measurement of a page and its position, for the cursor of the next page. */
    public record Row(StoredMeasurement measurement, Position position) {
    }

    public List<Row> page(MeasurementRange range, boolean descending, Position after, int limit) {
        QueryConditions conditions = MeasurementRangeConditions.of(range, dimensions);
        String order = descending ? "DESC" : "ASC";
        String sql = "SELECT m.ts, m.dimensions, m.value, b.source, b.received_at, b.source_name"
                + " FROM measurement m LEFT JOIN ingest_batch b ON b.id = m.batch_id" + conditions.sqlWhere()
                + (after == null ? "" : " AND (m.ts, m.dimensions) " + (descending ? "<" : ">") + " (?::timestamptz, ?::text)")
                + " ORDER BY m.ts " + order + ", m.dimensions " + order + " LIMIT ?";
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            int index = conditions.bind(select, 1);
            if (after != null) {
                select.setTimestamp(index++, Timestamp.from(after.timestamp()));
                select.setString(index++, after.dimensions());
            }
            select.setInt(index, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Instant timestamp = ActualsRepository.instant(result, 1);
                    Measurement measurement = new Measurement(range.kpiKey(), timestamp,
                            dimensions.decode(result.getString(2)), result.getBigDecimal(3));
                    rows.add(new Row(new StoredMeasurement(measurement, source(result),
                            ActualsRepository.instant(result, 5)),
                            new Position(timestamp, result.getString(2))));
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return rows;
    }

    /**
     * The range's measurements aggregated per bucket, the buckets given by their starts in time order
     * (the range lies between the first start and the end of the last bucket); null for an empty
     * bucket. Only the aggregates leave the database, not every measurement. Of measurements at the
     * same latest time, the one with the greatest dimensions is the last, as in actuals. The starts
     * are cast once, in a sub-select: a cast in the expression would parse the array for every row.
     */
    public PeriodAggregate[] byBucket(MeasurementRange range, List<Instant> starts) {
        QueryConditions conditions = MeasurementRangeConditions.of(range, dimensions);
        PeriodAggregate[] buckets = new PeriodAggregate[starts.size()];
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT width_bucket(m.ts, (SELECT ?::timestamptz[])) AS bucket, count(*), sum(m.value), min(m.value),
                               max(m.value), min(m.ts), max(m.ts), (array_agg(m.value ORDER BY m.ts DESC, m.dimensions DESC))[1]
                        FROM measurement m""" + conditions.sqlWhere() + " GROUP BY bucket")) {
            select.setArray(1, SqlArrays.text(connection, starts));
            conditions.bind(select, 2);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    buckets[rows.getInt(1) - 1] = new PeriodAggregate(rows.getLong(2), rows.getBigDecimal(3),
                            rows.getBigDecimal(4), rows.getBigDecimal(5), ActualsRepository.instant(rows, 6),
                            ActualsRepository.instant(rows, 7), rows.getBigDecimal(8));
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return buckets;
    }

    /** Who wrote a measurement; measurements from before write batches were recorded have none. */
    private static Actor source(ResultSet result) throws SQLException {
        String subject = result.getString(4);
        return subject == null ? null : new Actor(subject, result.getString(6));
    }
}
