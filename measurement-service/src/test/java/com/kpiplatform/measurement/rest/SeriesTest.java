package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class SeriesTest {

    WireMock wiremock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void dailyBucketsFollowBerlinAcrossTheDstChange() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("support.tickets"), "SUM", "DAILY", "Europe/Berlin");
        store(List.of(
                measurement(key, "2025-10-25T21:59:59Z", 1),
                measurement(key, "2025-10-25T22:00:00Z", 10),
                measurement(key, "2025-10-26T22:59:59Z", 20),
                measurement(key, "2025-10-26T23:00:00Z", 100)));

        given().queryParams(Map.of("granularity", "DAY", "from", "2025-10-25T00:00:00+02:00", "to", "2025-10-28T00:00:00+01:00"))
                .when().get("/api/v1/kpis/" + key + "/series")
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("aggregation", equalTo("SUM"))
                .body("buckets", hasSize(3))
                .body("buckets.period.key", contains("2025-10-25", "2025-10-26", "2025-10-27"))
                .body("buckets[1].period.start", equalTo("2025-10-25T22:00:00Z"))
                .body("buckets[1].period.end", equalTo("2025-10-26T23:00:00Z"))
                .body("buckets.value", contains(1, 30, 100))
                .body("buckets.count", contains(1, 2, 1));
    }

    @Test
    void lastSumAndAvgOfTheSameDataDiffer() {
        List<String> keys = List.of(
                KpiCatalogStub.kpi(wiremock, uniqueKey("same.last"), "LAST", "DAILY", "UTC"),
                KpiCatalogStub.kpi(wiremock, uniqueKey("same.sum"), "SUM", "DAILY", "UTC"),
                KpiCatalogStub.kpi(wiremock, uniqueKey("same.avg"), "AVG", "DAILY", "UTC"));
        for (String key : keys) {
            store(List.of(
                    measurement(key, "2025-06-01T08:00:00Z", 6),
                    measurement(key, "2025-06-01T20:00:00Z", 2),
                    measurement(key, "2025-06-01T12:00:00Z", 10)));
        }
        Map<String, Object> query = Map.of("granularity", "DAY", "from", "2025-06-01T00:00:00Z", "to", "2025-06-02T00:00:00Z");

        given().queryParams(query).get("/api/v1/kpis/" + keys.get(0) + "/series").then().body("buckets[0].value", equalTo(2));
        given().queryParams(query).get("/api/v1/kpis/" + keys.get(1) + "/series").then().body("buckets[0].value", equalTo(18));
        given().queryParams(query).get("/api/v1/kpis/" + keys.get(2) + "/series").then().body("buckets[0].value", equalTo(6));
    }

    @Test
    void aBucketsLastValueBreaksTiesLikeTheActual() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("tie.last"), "LAST", "DAILY", "UTC");
        store(List.of(
                measurement(key, "2025-06-01T20:00:00Z", 2, Map.of("region", "us")),
                measurement(key, "2025-06-01T20:00:00Z", 1, Map.of("region", "eu")),
                measurement(key, "2025-06-01T08:00:00Z", 9, Map.of("region", "zz"))));

        int actual = given().queryParam("period", "2025-06-01").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).extract().path("value");
        given().queryParams(Map.of("granularity", "DAY", "from", "2025-06-01T00:00:00Z", "to", "2025-06-02T00:00:00Z"))
                .get("/api/v1/kpis/" + key + "/series")
                .then().statusCode(200).body("buckets[0].value", equalTo(actual)).body("buckets[0].count", equalTo(3));
        assertThat(actual).isEqualTo(2);
    }

    @Test
    void weeklyBucketsAreIsoWeeksAndEmptyBucketsAreKept() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("weekly.count"), "COUNT", "WEEKLY", "UTC");
        store(List.of(
                measurement(key, "2020-12-28T00:00:00Z", 1),
                measurement(key, "2021-01-03T23:00:00Z", 1),
                measurement(key, "2021-01-11T00:00:00Z", 1)));

        given().queryParams(Map.of("granularity", "WEEK", "from", "2020-12-28T00:00:00Z", "to", "2021-01-18T00:00:00Z"))
                .when().get("/api/v1/kpis/" + key + "/series")
                .then().statusCode(200)
                .body("buckets.period.key", contains("2020-W53", "2021-W01", "2021-W02"))
                .body("buckets.value", contains(2, 0, 1));
    }

    @Test
    void dimensionFiltersApplyToSeries() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("dims.series"), "SUM", "MONTHLY", "UTC");
        store(List.of(
                measurement(key, "2025-03-01T00:00:00Z", 1, Map.of("region", "eu")),
                measurement(key, "2025-03-02T00:00:00Z", 2, Map.of("region", "us"))));

        given().queryParams(Map.of("granularity", "MONTH", "from", "2025-03-01T00:00:00Z", "to", "2025-04-01T00:00:00Z",
                        "dim.region", "us"))
                .get("/api/v1/kpis/" + key + "/series")
                .then().body("buckets[0].value", equalTo(2)).body("dimensions.region", equalTo("us"));
    }

    @Test
    void aCalculatedKpisSeriesIsItsActualsPerPeriod() {
        String a = KpiCatalogStub.kpi(wiremock, uniqueKey("calc.a"), "SUM");
        String b = KpiCatalogStub.kpi(wiremock, uniqueKey("calc.b"), "SUM");
        String ratio = KpiCatalogStub.calculated(wiremock, uniqueKey("calc.ratio"), "[" + a + "] / [" + b + "]", List.of(a, b));
        store(List.of(
                measurement(a, "2025-01-10T00:00:00Z", 10), measurement(b, "2025-01-10T00:00:00Z", 5),
                measurement(a, "2025-02-10T00:00:00Z", 9)));

        given().queryParams(Map.of("granularity", "MONTH", "from", "2025-01-01T00:00:00+01:00", "to", "2025-03-01T00:00:00+01:00"))
                .get("/api/v1/kpis/" + ratio + "/series")
                .then().statusCode(200)
                .body("buckets.period.key", contains("2025-01", "2025-02"))
                .body("buckets[0].value", equalTo(2))
                .body("buckets[1].value", equalTo(null))
                .body("buckets[1].reason", equalTo("no value for " + b + ": no measurements in 2025-02"));
        given().queryParams(Map.of("granularity", "DAY", "from", "2025-01-01T00:00:00Z", "to", "2025-01-02T00:00:00Z"))
                .get("/api/v1/kpis/" + ratio + "/series")
                .then().statusCode(400).body("errors[0].field", equalTo("granularity"));
    }

    @Test
    void rejectsBadSeriesParameters() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("bad.series"), "SUM");

        given().queryParams(Map.of("granularity", "HOUR", "from", "2025-01-01T00:00:00Z", "to", "2025-01-02T00:00:00Z"))
                .get("/api/v1/kpis/" + key + "/series").then().statusCode(400).body("errors[0].field", equalTo("granularity"));
        given().queryParams(Map.of("granularity", "DAY", "from", "2025-01-02T00:00:00Z", "to", "2025-01-01T00:00:00Z"))
                .get("/api/v1/kpis/" + key + "/series").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParams(Map.of("granularity", "DAY", "to", "2025-01-01T00:00:00Z"))
                .get("/api/v1/kpis/" + key + "/series").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParams(Map.of("granularity", "DAY", "from", "2000-01-01T00:00:00Z", "to", "2025-01-01T00:00:00Z"))
                .get("/api/v1/kpis/" + key + "/series").then().statusCode(400).body("errors[0].message",
                        org.hamcrest.Matchers.containsString("more than 5000 DAY buckets"));
    }
}
