package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.measurement.service.PartitionMaintenance;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.TestClock;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code measurement.retention.months=24} and "now" in June 2026, the horizon is 2024-06-01T00:00Z:
 * older months are dropped whole, their actuals stay, and no write or deletion reaches a KPI period
 * that starts before the horizon.
 */
@QuarkusTest
@ConnectWireMock
@TestProfile(RetentionTest.TwoYears.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class RetentionTest {

    public static class TwoYears implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("measurement.retention.months", "24");
        }
    }

    WireMock wiremock;

    @Inject
    TestClock clock;

    @Inject
    PartitionMaintenance maintenance;

    @BeforeEach
    void juneOf2026() {
        clock.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void refusesMeasurementsInPeriodsThatStartBeforeTheHorizonAndStoresNoneOfTheBatch() {
        String monthly = KpiCatalogStub.kpi(wiremock, uniqueKey("retention.monthly"), "SUM", "MONTHLY", "UTC");
        String yearly = KpiCatalogStub.kpi(wiremock, uniqueKey("retention.yearly"), "SUM", "YEARLY", "UTC");

        given().contentType(ContentType.JSON).body(List.of(
                        measurement(monthly, "2024-07-10T00:00:00Z", 1),
                        measurement(monthly, "2024-05-31T23:59:59Z", 2),
                        measurement(yearly, "2024-07-10T00:00:00Z", 3)))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("[1].timestamp", "[2].timestamp")))
                .body("errors[0].message", containsString("starts before 2024-06-01T00:00:00Z"))
                .body("errors[1].message", containsString("period 2024 "));
        given().queryParams(Map.of("kpi", monthly)).get("/api/v1/measurements").then().body("items", empty());

        given().contentType(ContentType.JSON).body(measurement(monthly, "2024-06-01T00:00:00Z", 4))
                .when().post("/api/v1/measurements").then().statusCode(200);
    }

    @Test
    void dropsWholeMonthsOnceTheyPassTheHorizonAndKeepsTheirActuals() throws Exception {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("retention.drop"), "SUM", "MONTHLY", "UTC");
        store(List.of(measurement(key, "2024-07-10T00:00:00Z", 5), measurement(key, "2024-08-10T00:00:00Z", 7)));

        clock.set(Instant.parse("2026-08-15T12:00:00Z"));
        assertThat(maintenance.maintain()).contains(YearMonth.of(2024, 7)).doesNotContain(YearMonth.of(2024, 8));

        given().queryParams(Map.of("kpi", key)).get("/api/v1/measurements")
                .then().statusCode(200).body("items.value", equalTo(List.of(7)));
        given().queryParam("period", "2024-07").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(5)).body("count", equalTo(1));
        given().contentType(ContentType.JSON).body(measurement(key, "2024-07-11T00:00:00Z", 1))
                .when().post("/api/v1/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("timestamp"));
    }

    @Test
    void refusesDeletionsReachingBeforeTheHorizon() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("retention.delete"), "SUM", "MONTHLY", "UTC");
        given().queryParams(Map.of("kpi", key, "from", "2024-05-01T00:00:00Z", "to", "2024-07-01T00:00:00Z"))
                .delete("/api/v1/measurements")
                .then().statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("measurement.retention.months"));
        given().queryParams(Map.of("kpi", key, "from", "2024-06-01T00:00:00Z", "to", "2024-07-01T00:00:00Z"))
                .delete("/api/v1/measurements")
                .then().statusCode(200);
    }
}
