package com.kpiplatform.measurement.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly partitions of {@code measurement} (UTC calendar months of {@code ts}): created through
 * the database function {@code create_measurement_partition}, which serializes creators, and
 * dropped whole for retention. The months known to exist are remembered, so a write only reaches
 * the database for a month it has not seen.
 */
@ApplicationScoped
public class MeasurementPartitions {

    private static final Pattern NAME = Pattern.compile("measurement_y(\\d{4})m(\\d{2})");

    @Inject
    AgroalDataSource dataSource;

    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    public static YearMonth monthOf(Instant timestamp) {
        return YearMonth.from(timestamp.atOffset(ZoneOffset.UTC));
    }

    /** Creates the partitions of these months that do not exist yet, each in its own short transaction. */
    public void ensure(Set<YearMonth> months) throws SQLException {
        if (known.containsAll(months)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement create = connection.prepareStatement("SELECT create_measurement_partition(?)")) {
            connection.setAutoCommit(true);
            for (YearMonth month : months) {
                if (!known.contains(month)) {
                    create.setTimestamp(1, Timestamp.from(start(month)));
                    create.execute();
                    known.add(month);
                }
            }
        }
    }

    /** The months that have a partition, oldest first. */
    public List<YearMonth> existing() throws SQLException {
        List<YearMonth> months = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = 'measurement'::regclass ORDER BY c.relname")) {
            while (rows.next()) {
                Matcher name = NAME.matcher(rows.getString(1));
                if (name.matches()) {
                    months.add(YearMonth.of(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2))));
                }
            }
        }
        return months;
    }

    /** Drops a month's partition and every measurement in it. */
    public void drop(YearMonth month) throws SQLException {
        known.remove(month);
        try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
            connection.setAutoCommit(true);
            drop.execute("DROP TABLE IF EXISTS " + name(month));
        }
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The partition's table name, as {@code create_measurement_partition} names it. */
    public static String name(YearMonth month) {
        return String.format("measurement_y%04dm%02d", month.getYear(), month.getMonthValue());
    }
}
