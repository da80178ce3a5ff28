package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.measurement.service.PartitionMaintenance;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** measurement is partitioned by UTC month: any month's measurements land in their own partition, made on demand. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class PartitioningTest {

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @Inject
    PartitionMaintenance maintenance;

    @Test
    void aMonthNeverWrittenBeforeGetsItsPartitionOnItsFirstWriteAndUpsertsStayExact() throws Exception {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("partition.sum"), "SUM");
        store(List.of(
                measurement(key, "2011-03-15T10:00:00Z", 5),
                measurement(key, "2011-03-31T23:30:00Z", 7),
                measurement(key, "2011-04-01T00:30:00Z", 11)));
        store(List.of(measurement(key, "2011-03-15T10:00:00Z", 6)));

        assertThat(partitions()).contains("measurement_y2011m03", "measurement_y2011m04");
        assertThat(count("measurement_y2011m03", key)).isEqualTo(2);
        assertThat(count("measurement_y2011m04", key)).isEqualTo(1);
        // 23:30 UTC on 31 March is April in Berlin, the KPI's time zone: periods do not follow partitions.
        given().queryParam("period", "2011-03").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(6)).body("count", equalTo(1));
        given().queryParam("period", "2011-04").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(18)).body("count", equalTo(2));
    }

    @Test
    void maintenanceCreatesTheComingMonthsAhead() throws Exception {
        maintenance.maintain();

        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= 3; i++) {
            YearMonth month = current.plusMonths(i);
            expected.add(String.format("measurement_y%04dm%02d", month.getYear(), month.getMonthValue()));
        }
        assertThat(partitions()).containsAll(expected);
    }

    @Test
    void theMigrationMovesExistingMeasurementsIntoMonthlyPartitions() throws Exception {
        Flyway before = flyway("partitioning_migration", "6");
        before.clean();
        before.migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO partitioning_migration.measurement (kpi_key, ts, dimensions, value, batch_id) VALUES
                    ('old.kpi', '2020-01-31T23:59:59Z', '{}', 1, 1),
                    ('old.kpi', '2020-02-01T00:00:00Z', '{"region":"eu"}', 2, 1),
                    ('old.kpi', '2023-07-04T12:00:00Z', '{}', 3, 2)""");
        }

        flyway("partitioning_migration", "latest").migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT tableoid::regclass::text, value FROM partitioning_migration.measurement ORDER BY ts""")) {
            List<String> placed = new ArrayList<>();
            while (rows.next()) {
                placed.add(rows.getString(1) + "=" + rows.getInt(2));
            }
            assertThat(placed).containsExactly("partitioning_migration.measurement_y2020m01=1",
                    "partitioning_migration.measurement_y2020m02=2", "partitioning_migration.measurement_y2023m07=3");
        }
        flyway("partitioning_migration", "latest").clean();
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).target(target).cleanDisabled(false)
                .locations("classpath:db/migration").load();
    }

    private List<String> partitions() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT inhrelid::regclass::text FROM pg_inherits"
                        + " WHERE inhparent = 'measurement'::regclass")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private long count(String partition, String key) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM " + partition + " WHERE kpi_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
