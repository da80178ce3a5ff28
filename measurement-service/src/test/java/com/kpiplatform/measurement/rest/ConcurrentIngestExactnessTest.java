package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * 32 threads interleave single POSTs, batches and re-posts of the same natural keys with new
 * values, on two KPIs over two months; afterwards every period actual equals a recomputation from
 * the raw rows in SQL, exactly, both before and after the merge worker has folded the deltas.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ConcurrentIngestExactnessTest {

    private static final int THREADS = 32;
    private static final int OPERATIONS_PER_THREAD = 12;
    private static final List<String> PERIODS = List.of("2025-03", "2025-04");

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @Test
    void interleavedSinglesBatchesAndRepostsLeaveEveryActualExact() throws Exception {
        String sum = KpiCatalogStub.kpi(wiremock, uniqueKey("exact.sum"), "SUM", "MONTHLY", "UTC");
        String max = KpiCatalogStub.kpi(wiremock, uniqueKey("exact.max"), "MAX", "MONTHLY", "UTC");
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                done.add(threads.submit(() -> {
                    for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                        write(random, List.of(sum, max));
                    }
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertExact(sum, max);
        await().atMost(Duration.ofSeconds(20)).until(() -> pending("rollup_delta") + pending("rollup_dirty") == 0);
        assertExact(sum, max);
    }

    /** A single POST, a batch, or a re-post of keys others wrote too: few timestamps, so keys collide. */
    private static void write(Random random, List<String> kpis) {
        int size = switch (random.nextInt(3)) {
            case 0 -> 1;
            case 1 -> 8;
            default -> 20;
        };
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String timestamp = "2025-0%d-%02dT%02d:00:00Z".formatted(3 + random.nextInt(2), 1 + random.nextInt(28),
                    random.nextInt(3));
            batch.add(measurement(kpis.get(random.nextInt(kpis.size())), timestamp, random.nextInt(1000)));
        }
        if (size == 1) {
            given().contentType(ContentType.JSON).body(batch.get(0)).post("/api/v1/measurements").then().statusCode(200);
        } else {
            given().contentType(ContentType.JSON).body(batch).post("/api/v1/measurements/batch").then().statusCode(200);
        }
    }

    private void assertExact(String sum, String max) throws Exception {
        for (String period : PERIODS) {
            assertThat(recomputed(sum, period, "count(*)")).as("rows of %s in %s", sum, period).isGreaterThan(50);
            JsonPath summed = actual(sum, period);
            assertThat(summed.getLong("count")).as("count of %s in %s", sum, period).isEqualTo(recomputed(sum, period, "count(*)"));
            assertThat(new BigDecimal(summed.getString("value"))).as("sum of %s in %s", sum, period)
                    .isEqualByComparingTo(BigDecimal.valueOf(recomputed(sum, period, "sum(value)")));
            JsonPath maximum = actual(max, period);
            assertThat(maximum.getLong("count")).as("count of %s in %s", max, period).isEqualTo(recomputed(max, period, "count(*)"));
            assertThat(new BigDecimal(maximum.getString("value"))).as("max of %s in %s", max, period)
                    .isEqualByComparingTo(BigDecimal.valueOf(recomputed(max, period, "max(value)")));
        }
    }

    private static JsonPath actual(String key, String period) {
        return given().queryParam("period", period).get("/api/v1/kpis/" + key + "/actual").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The aggregate over the raw rows of one KPI in one month (UTC). */
    private long recomputed(String key, String period, String aggregate) throws Exception {
        YearMonth month = YearMonth.parse(period);
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + aggregate + " FROM measurement WHERE kpi_key = ? AND ts >= ? AND ts < ?")) {
            select.setString(1, key);
            select.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            select.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long pending(String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE kpi_key LIKE 'exact.%'"); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
