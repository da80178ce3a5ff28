package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class TargetApiTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void setsAPeriodsTargetCreatingThenReplacingIt() {
        String key = create(kpi(uniqueKey("sales.mrr")));

        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of())).body(Map.of("target", 130000, "stretch", 150000))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(201)
                .body("period", equalTo("2026-11"))
                .body("target", equalTo(130000))
                .body("stretch", equalTo(150000))
                .body("updatedBy.name", equalTo("cfo@example.com"));
        given().contentType(ContentType.JSON).body(Map.of("target", 135000))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(200)
                .body("target", equalTo(135000))
                .body("stretch", nullValue());
        given().when().get(targets(key) + "/2026-11").then().statusCode(200).body("target", equalTo(135000));
    }

    @ParameterizedTest(name = "{0} KPI rejects period {1}")
    @CsvSource({
            "MONTHLY,   2026-Q4,    must be a MONTHLY period key like 2026-11 (yyyy-MM)",
            "MONTHLY,   2026-13,    does not exist",
            "WEEKLY,    2026-11,    must be a WEEKLY period key like 2026-W47",
            "WEEKLY,    2025-W53,   does not exist",
            "DAILY,     2026-02-30, does not exist",
            "QUARTERLY, 2026-Q5,    must be a QUARTERLY period key like 2026-Q4",
            "YEARLY,    2026-11,    must be a YEARLY period key like 2026",
    })
    void aPeriodKeyOfTheWrongTypeSaysWhichFormatIsExpected(String periodType, String period, String message) {
        Map<String, Object> kpi = kpi(uniqueKey("sales.typed"));
        kpi.put("period", periodType);
        String key = create(kpi);
        Map<String, Long> before = RowCounts.of(dataSource, "kpi_target", "kpi_change");

        given().contentType(ContentType.JSON).body(Map.of("target", 1))
                .when().put(targets(key) + "/" + period)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString(message))
                .body("errors[0].message", containsString("because KPI " + key + " is " + periodType));
        assertThat(RowCounts.of(dataSource, "kpi_target", "kpi_change")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: target {1}, stretch {2}")
    @CsvSource({
            "HIGHER_IS_BETTER, 100, 90,  must be above the target (100)",
            "HIGHER_IS_BETTER, 100, 100, must be above the target (100)",
            "LOWER_IS_BETTER,  200, 250, must be below the target (200)",
    })
    void aStretchMustLieBeyondTheTarget(String direction, int target, int stretch, String message) {
        Map<String, Object> kpi = kpi(uniqueKey("support.frt"));
        kpi.put("direction", direction);
        String key = create(kpi);
        Map<String, Long> before = RowCounts.of(dataSource, "kpi_target", "kpi_change");

        given().contentType(ContentType.JSON).body(Map.of("target", target, "stretch", stretch))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("stretch"))
                .body("errors[0].message", containsString(message));
        assertThat(RowCounts.of(dataSource, "kpi_target", "kpi_change")).isEqualTo(before);
    }

    @Test
    void rejectsATargetWithoutValue() {
        String key = create(kpi(uniqueKey("sales.novalue")));

        given().contentType(ContentType.JSON).body(Map.of("stretch", 5))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
    }

    @Test
    void withinRangeKpisTakeNoTargets() {
        String key = uniqueKey("ops.range");
        create(KpiFixtures.rangeKpi(key));

        given().contentType(ContentType.JSON).body(Map.of("target", 40))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].message", containsString("judged against their range"));
    }

    @Test
    void setsAWholeYearOfMonthlyTargetsInOneRequestAndListsThemByRange() {
        String key = create(kpi(uniqueKey("sales.year")));
        List<Map<String, Object>> year = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            year.add(Map.of("period", "2027-%02d".formatted(month), "target", 100000 + month * 1000));
        }

        given().contentType(ContentType.JSON).body(Map.of("targets", year))
                .when().put(targets(key))
                .then().statusCode(200)
                .body("", hasSize(12))
                .body("[0].period", equalTo("2027-01"));

        given().queryParams(Map.of("from", "2027-03", "to", "2027-05")).when().get(targets(key))
                .then().statusCode(200)
                .body("items.period", contains("2027-03", "2027-04", "2027-05"))
                .body("items.target", contains(103000, 104000, 105000))
                .body("total", equalTo(3));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"from, 2026-Q9", "to, 2026-13"})
    void aMalformedRangeFilterNamesItsFieldAndTheKpisFormat(String field, String period) {
        String key = create(kpi(uniqueKey("sales.range")));

        given().queryParam(field, period).when().get(targets(key))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("must be a MONTHLY period key like 2026-11 (yyyy-MM)"));
    }

    @Test
    void aBulkRequestWithOneBadItemStoresNothingAndNamesTheItem() {
        String key = create(kpi(uniqueKey("sales.atomic")));
        List<Map<String, Object>> targets = List.of(
                Map.of("period", "2027-01", "target", 1),
                Map.of("period", "2027-Q1", "target", 2),
                Map.of("period", "2027-03", "target", 3, "stretch", 1),
                Map.of("period", "2027-01", "target", 4));
        Map<String, Long> before = RowCounts.of(dataSource, "kpi_target", "kpi_change");

        given().contentType(ContentType.JSON).body(Map.of("targets", targets))
                .when().put(targets(key))
                .then().statusCode(400)
                .body("errors.field", contains("targets[1].period", "targets[2].stretch", "targets[3].period"))
                .body("errors[2].message", containsString("repeats period 2027-01"));

        assertThat(RowCounts.of(dataSource, "kpi_target", "kpi_change")).isEqualTo(before);
        given().when().get(targets(key)).then().body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void aBulkRequestIsBounded() {
        String key = create(kpi(uniqueKey("sales.bounded")));

        given().contentType(ContentType.JSON).body(Map.of("targets", List.of()))
                .when().put(targets(key))
                .then().statusCode(400).body("errors[0].field", equalTo("targets"));
    }

    @Test
    void deletingATargetFallsBackToTheDefault() {
        String key = create(kpi(uniqueKey("sales.delete")));
        given().contentType(ContentType.JSON).body(Map.of("target", 1)).put(targets(key) + "/2026-11").then().statusCode(201);

        given().when().delete(targets(key) + "/2026-11").then().statusCode(204);
        given().when().delete(targets(key) + "/2026-11").then().statusCode(404);
        given().queryParam("at", "2026-11-15T12:00:00Z").when().get(targets(key) + "/effective")
                .then().body("source", equalTo("DEFAULT")).body("target", equalTo(120000));
    }

    @Test
    void theEffectiveTargetFollowsThePeriodInTheKpisTimeZone() {
        String key = create(kpi(uniqueKey("sales.berlin")));
        given().contentType(ContentType.JSON).body(Map.of("target", 111, "stretch", 222))
                .put(targets(key) + "/2026-11").then().statusCode(201);

        // 23:30 UTC on 31 October is already November in Berlin (UTC+1)
        given().queryParam("at", "2026-10-31T23:30:00Z").when().get(targets(key) + "/effective")
                .then().statusCode(200)
                .body("period.key", equalTo("2026-11"))
                .body("period.start", equalTo("2026-10-31T23:00:00Z"))
                .body("period.end", equalTo("2026-11-30T23:00:00Z"))
                .body("target", equalTo(111))
                .body("stretch", equalTo(222))
                .body("source", equalTo("EXPLICIT"))
                .body("timeZone", equalTo("Europe/Berlin"));
        given().queryParam("at", "2026-10-31T22:30:00Z").when().get(targets(key) + "/effective")
                .then().body("period.key", equalTo("2026-10")).body("source", equalTo("DEFAULT"));
    }

    @Test
    void noTargetAtAllIsReportedAsNone() {
        Map<String, Object> kpi = kpi(uniqueKey("sales.none"));
        kpi.remove("defaultTarget");
        String key = create(kpi);

        given().queryParam("at", "2026-11-21T10:00:00+01:00").when().get(targets(key) + "/effective")
                .then().statusCode(200).body("source", equalTo("NONE")).body("target", nullValue());
        given().queryParam("at", "yesterday").when().get(targets(key) + "/effective")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void targetChangesAreInTheHistoryWithWhoAndWhat() {
        String key = create(kpi(uniqueKey("sales.audit")));
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ana@example.com", List.of("admin"), List.of())).body(Map.of("target", 100))
                .put(targets(key) + "/2026-11").then().statusCode(201);
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of())).body(Map.of("target", 90))
                .put(targets(key) + "/2026-11").then().statusCode(200);

        given().when().get("/api/v1/kpis/" + key + "/history")
                .then().statusCode(200)
                .body("items[0].action", equalTo("TARGET_SET"))
                .body("items[0].field", equalTo("targets[2026-11].target"))
                .body("items[0].from", equalTo("100"))
                .body("items[0].to", equalTo("90"))
                .body("items[0].changedBy.name", equalTo("cfo@example.com"))
                .body("items.changedBy.name", hasItem("ana@example.com"));
    }

    @Test
    void archivedKpisTakeNoTargets() {
        String key = create(kpi(uniqueKey("sales.archived")));
        given().delete("/api/v1/kpis/" + key).then().statusCode(204);

        given().contentType(ContentType.JSON).body(Map.of("target", 1))
                .when().put(targets(key) + "/2026-11")
                .then().statusCode(409);
    }

    private static String targets(String key) {
        return "/api/v1/kpis/" + key + "/targets";
    }
}
