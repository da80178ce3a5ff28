package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ActualsTest {

    WireMock wiremock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The same four measurements under each aggregation; the 5th is in December (Berlin) already. */
    @ParameterizedTest(name = "{0} of the same data is {1}")
    @CsvSource({"SUM, 60", "COUNT, 4", "AVG, 15", "MIN, 5", "MAX, 30", "LAST, 5"})
    void eachAggregationReducesThePeriodItsOwnWay(String aggregation, BigDecimal expected) {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("agg." + aggregation.toLowerCase()), aggregation);
        store(List.of(
                measurement(key, "2025-11-01T00:00:00+01:00", 10),
                measurement(key, "2025-11-10T12:00:00Z", 30),
                measurement(key, "2025-11-05T12:00:00Z", 15),
                measurement(key, "2025-11-30T22:59:59Z", 5),
                measurement(key, "2025-11-30T23:00:00Z", 1000)));

        given().queryParam("period", "2025-11").when().get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200)
                .body("value", equalTo(expected.intValue()))
                .body("count", equalTo(4))
                .body("aggregation", equalTo(aggregation))
                .body("period.start", equalTo("2025-10-31T23:00:00Z"))
                .body("period.end", equalTo("2025-11-30T23:00:00Z"))
                .body("firstMeasurementAt", equalTo("2025-10-31T23:00:00Z"))
                .body("lastMeasurementAt", equalTo("2025-11-30T22:59:59Z"))
                .body("calculated", equalTo(false));
    }

    @Test
    void dimensionFiltersNarrowTheActual() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("dims.sum"), "SUM");
        store(List.of(
                measurement(key, "2025-11-02T00:00:00Z", 1, Map.of("region", "eu", "tier", "gold")),
                measurement(key, "2025-11-02T00:00:00Z", 2, Map.of("region", "eu", "tier", "free")),
                measurement(key, "2025-11-02T00:00:00Z", 4, Map.of("region", "us"))));

        given().queryParam("period", "2025-11").get("/api/v1/kpis/" + key + "/actual").then().body("value", equalTo(7));
        given().queryParams(Map.of("period", "2025-11", "dim.region", "eu")).get("/api/v1/kpis/" + key + "/actual")
                .then().body("value", equalTo(3)).body("dimensions.region", equalTo("eu"));
        given().queryParams(Map.of("period", "2025-11", "dim.region", "eu", "dim.tier", "gold"))
                .get("/api/v1/kpis/" + key + "/actual").then().body("value", equalTo(1)).body("count", equalTo(1));
    }

    @Test
    void aPeriodWithoutMeasurementsHasNoValueExceptForCount() {
        String sum = KpiCatalogStub.kpi(wiremock, uniqueKey("empty.sum"), "SUM");
        String count = KpiCatalogStub.kpi(wiremock, uniqueKey("empty.count"), "COUNT");

        given().queryParam("period", "2025-07").get("/api/v1/kpis/" + sum + "/actual")
                .then().statusCode(200).body("value", nullValue()).body("reason", equalTo("no measurements in 2025-07"));
        given().queryParam("period", "2025-07").get("/api/v1/kpis/" + count + "/actual")
                .then().statusCode(200).body("value", equalTo(0)).body("count", equalTo(0));
    }

    @ParameterizedTest(name = "{0} KPI, period {1}")
    @CsvSource({
            "MONTHLY, 2026-Q4, must be a MONTHLY period key like 2026-11",
            "WEEKLY,  2026-11, must be a WEEKLY period key like 2026-W47",
            "DAILY,   2026-02-30, does not exist",
    })
    void aPeriodKeyOfAnotherTypeIsRejected(String periodType, String period, String message) {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("typed"), "SUM", periodType, "UTC");

        given().queryParam("period", period).get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void anUnknownKpiIs404() {
        given().queryParam("period", "2025-11").get("/api/v1/kpis/no.such-kpi/actual").then().statusCode(404);
    }

    @Test
    void aCalculatedKpiIsItsFormulaOverItsComponentsOwnAggregations() {
        String revenue = KpiCatalogStub.kpi(wiremock, uniqueKey("sales.revenue"), "SUM");
        String spend = KpiCatalogStub.kpi(wiremock, uniqueKey("marketing.spend"), "LAST");
        String roi = KpiCatalogStub.calculated(wiremock, uniqueKey("marketing.roi"),
                "([" + revenue + "] - [" + spend + "]) / [" + spend + "]", List.of(revenue, spend));
        store(List.of(
                measurement(revenue, "2025-11-02T00:00:00Z", 300),
                measurement(revenue, "2025-11-03T00:00:00Z", 200),
                measurement(spend, "2025-11-02T00:00:00Z", 999),
                measurement(spend, "2025-11-04T00:00:00Z", 100)));

        given().queryParam("period", "2025-11").get("/api/v1/kpis/" + roi + "/actual")
                .then().statusCode(200)
                .body("value", equalTo(4))
                .body("calculated", equalTo(true))
                .body("count", equalTo(4))
                .body("components[0].kpiKey", equalTo(revenue))
                .body("components[0].value", equalTo(500))
                .body("components[1].value", equalTo(100));
    }

    @Test
    void aCalculatedKpiWithoutAComponentValueSaysWhyInsteadOfZero() {
        String revenue = KpiCatalogStub.kpi(wiremock, uniqueKey("sales.revenue"), "SUM");
        String spend = KpiCatalogStub.kpi(wiremock, uniqueKey("marketing.spend"), "SUM");
        String roi = KpiCatalogStub.calculated(wiremock, uniqueKey("marketing.roi"),
                "[" + revenue + "] / [" + spend + "]", List.of(revenue, spend));
        store(List.of(measurement(revenue, "2025-11-02T00:00:00Z", 300)));

        given().queryParam("period", "2025-11").get("/api/v1/kpis/" + roi + "/actual")
                .then().body("value", nullValue())
                .body("reason", equalTo("no value for " + spend + ": no measurements in 2025-11"));

        store(List.of(measurement(spend, "2025-11-02T00:00:00Z", 0)));
        given().queryParam("period", "2025-11").get("/api/v1/kpis/" + roi + "/actual")
                .then().body("value", nullValue())
                .body("reason", containsString("division by zero"));
    }

    @Test
    void answersManyActualsInOneQueryWithFreshness() {
        String a = KpiCatalogStub.kpi(wiremock, uniqueKey("many.a"), "SUM");
        String b = KpiCatalogStub.kpi(wiremock, uniqueKey("many.b"), "AVG", "WEEKLY", "UTC");
        String never = KpiCatalogStub.kpi(wiremock, uniqueKey("many.never"), "SUM");
        String calc = KpiCatalogStub.calculated(wiremock, uniqueKey("many.calc"), "[" + a + "] * 2", List.of(a));
        store(List.of(
                measurement(a, "2025-11-02T00:00:00Z", 1, Map.of("region", "eu")),
                measurement(a, "2025-11-03T00:00:00Z", 2, Map.of("region", "us")),
                measurement(a, "2025-12-03T00:00:00Z", 5),
                measurement(b, "2025-11-17T00:00:00Z", 4),
                measurement(b, "2025-11-23T23:59:59Z", 6)));

        given().contentType(ContentType.JSON).body(Map.of("items", List.of(
                        Map.of("kpiKey", a, "period", "2025-11"),
                        Map.of("kpiKey", a, "period", "2025-11", "dimensions", Map.of("region", "us")),
                        Map.of("kpiKey", b, "period", "2025-W47"),
                        Map.of("kpiKey", never, "period", "2025-11"),
                        Map.of("kpiKey", calc, "period", "2025-11"))))
                .when().post("/api/v1/actuals/query")
                .then().statusCode(200)
                .body("items[0].value", equalTo(3))
                .body("items[1].value", equalTo(2))
                .body("items[2].value", equalTo(5))
                .body("items[3].value", nullValue())
                .body("items[4].value", equalTo(6))
                .body("lastMeasurementAt['" + a + "']", equalTo("2025-12-03T00:00:00Z"))
                .body("lastMeasurementAt", not(hasKey(never)))
                .body("lastMeasurementAt['" + calc + "']", equalTo("2025-12-03T00:00:00Z"));
    }

    @Test
    void aQueryNamesEachBadItem() {
        String a = KpiCatalogStub.kpi(wiremock, uniqueKey("bad.a"), "SUM");

        given().contentType(ContentType.JSON).body(Map.of("items", List.of(
                        Map.of("kpiKey", a, "period", "2025-11"),
                        Map.of("kpiKey", "no.such-kpi", "period", "2025-11"),
                        Map.of("kpiKey", a, "period", "2025-W47"))))
                .when().post("/api/v1/actuals/query")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("items[1].kpiKey"))
                .body("errors[1].field", equalTo("items[2].period"));
    }

    @Test
    void aKpiThatChangesItsPeriodTypeGetsItsRollupsRebuilt() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("rebased"), "SUM", "MONTHLY", "UTC");
        store(List.of(
                measurement(key, "2025-11-02T10:00:00Z", 1),
                measurement(key, "2025-11-02T23:30:00Z", 2),
                measurement(key, "2025-11-03T10:00:00Z", 4)));
        given().queryParam("period", "2025-11").get("/api/v1/kpis/" + key + "/actual").then().body("value", equalTo(7));

        KpiCatalogStub.kpi(wiremock, key, "SUM", "DAILY", "Asia/Tokyo");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("period", "2025-11-03")
                .get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(6)).body("period.start", equalTo("2025-11-02T15:00:00Z")));
        store(List.of(measurement(key, "2025-11-03T14:00:00Z", 8)));
        given().queryParam("period", "2025-11-03").get("/api/v1/kpis/" + key + "/actual").then().body("value", equalTo(14));
        given().queryParam("period", "2025-11-02").get("/api/v1/kpis/" + key + "/actual").then().body("value", equalTo(1));
    }
}
