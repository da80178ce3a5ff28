package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Writers append rollup deltas and mark groups dirty; the merge worker folds and recomputes them.
 * Actuals are right before, during and after.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class RollupMergeTest {

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void deltasAreFoldedAndDirtyGroupsRecomputedWithoutChangingAnyActual() throws Exception {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("merge.max"), "MAX");
        store(List.of(
                measurement(key, "2025-02-01T00:00:00Z", 10, Map.of("region", "eu")),
                measurement(key, "2025-02-02T00:00:00Z", 30, Map.of("region", "eu"))));
        assertActual(key, 30, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> pending("rollup_delta", key) == 0);
        assertActual(key, 30, 2);
        assertThat(rollupMaximum(key)).isEqualTo(30);

        store(List.of(measurement(key, "2025-02-02T00:00:00Z", 20, Map.of("region", "eu"))));
        assertActual(key, 20, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> pending("rollup_dirty", key) == 0);
        assertActual(key, 20, 2);
        assertThat(rollupMaximum(key)).isEqualTo(20);
    }

    @Test
    void theMergeWorkerVacuumsTheQueuesItEmpties() throws Exception {
        long vacuumsBefore = vacuums();
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("merge.vacuum"), "SUM");
        store(List.of(measurement(key, "2025-02-01T00:00:00Z", 1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> pending("rollup_delta", key) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> vacuums() > vacuumsBefore);
    }

    @Test
    void theMergeRunsAsOftenAsConfiguredEvenBelowASecond() {
        // merge-every is 0.5s here; the Quarkus scheduler this replaced ran nothing more often than once a second
        double before = metrics.counter("measurement.rollups.merges").count();
        await().atMost(Duration.ofMillis(4500)).until(() -> metrics.counter("measurement.rollups.merges").count() >= before + 5);
    }

    /** Vacuums of rollup_delta not made by autovacuum (the test profile vacuums after one dead row). */
    private long vacuums() throws Exception {
        return query("SELECT vacuum_count FROM pg_stat_user_tables WHERE relid = ?::regclass", "rollup_delta");
    }

    private static void assertActual(String key, int value, int count) {
        given().queryParam("period", "2025-02").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(value)).body("count", equalTo(count));
    }

    private long pending(String table, String key) throws Exception {
        return query("SELECT count(*) FROM " + table + " WHERE kpi_key = ?", key);
    }

    private long rollupMaximum(String key) throws Exception {
        return query("SELECT max(maximum) FROM period_rollup WHERE kpi_key = ?", key);
    }

    private long query(String sql, String key) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
