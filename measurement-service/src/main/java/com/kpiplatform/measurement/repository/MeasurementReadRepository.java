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
import java.util.function.Consumer;

/**
 * Reads a range of one KPI's measurements along the primary key: raw, a page at a time (keyset
 * pagination), or streamed in time order for a series.
 */
@ApplicationScoped
public class MeasurementReadRepository {

    private static final int FETCH_SIZE = 10_000;

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
     * Streams the range in time order, each measurement as a one-measurement aggregate: the caller
     * folds them into buckets as they go by, which costs less than having the database sort each
     * bucket to find its latest value.
     */
    public void inTimeOrder(MeasurementRange range, Consumer<PeriodAggregate> consumer) {
        QueryConditions conditions = MeasurementRangeConditions.of(range, dimensions);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT m.ts, m.value FROM measurement m" + conditions.sqlWhere() + " ORDER BY m.ts")) {
            connection.setAutoCommit(false);
            select.setFetchSize(FETCH_SIZE);
            conditions.bind(select, 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(PeriodAggregate.of(rows.getTimestamp(1).toInstant(), rows.getBigDecimal(2)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    /** Who wrote a measurement; measurements from before write batches were recorded have none. */
    private static Actor source(ResultSet result) throws SQLException {
        String subject = result.getString(4);
        return subject == null ? null : new Actor(subject, result.getString(6));
    }
}
