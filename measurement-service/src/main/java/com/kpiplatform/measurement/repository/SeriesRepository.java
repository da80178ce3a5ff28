package com.kpiplatform.measurement.repository;

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

/**
 * A KPI's measurements in a time range, in time order, straight off the primary key: the caller
 * folds them into buckets as they stream by, which costs less than having the database sort each
 * bucket to find its latest value.
 */
@ApplicationScoped
public class SeriesRepository {

    private static final String RANGE = """
            SELECT m.ts, m.value
            FROM measurement m
            WHERE m.kpi_key = ? AND m.ts >= ? AND m.ts < ? AND (?::jsonb IS NULL OR m.dimensions::jsonb @> ?::jsonb)
            ORDER BY m.ts""";

    private static final int FETCH_SIZE = 10_000;

    @Inject
    AgroalDataSource dataSource;

    /** Receives each measurement, in time order, as a one-measurement aggregate. */
    public interface Consumer {
        void accept(PeriodAggregate measurement);
    }

    public void inTimeOrder(String kpiKey, Instant from, Instant to, String dimensions, Consumer consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(RANGE)) {
            connection.setAutoCommit(false);
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, kpiKey);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            select.setString(4, dimensions);
            select.setString(5, dimensions);
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
}
