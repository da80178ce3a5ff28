package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.etag;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class CalculatedKpiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCalculatedKpiListsTheKpisItDependsOn() {
        String revenue = create(kpi(uniqueKey("sales.revenue")));
        String spend = create(kpi(uniqueKey("marketing.spend")));
        Map<String, Object> roi = kpi(uniqueKey("marketing.roi"));
        roi.put("formula", "([" + revenue + "] - [" + spend + "]) / [" + spend + "]");

        given().contentType(ContentType.JSON).body(roi)
                .when().post("/api/v1/kpis")
                .then().statusCode(201)
                .body("formula", equalTo(roi.get("formula")))
                .body("formulaDependencies", contains(revenue, spend));
    }

    @Test
    void rejectsADirectCycleCreatedByAnUpdate() {
        String a = create(kpi(uniqueKey("cycle.a")));
        Map<String, Object> b = kpi(uniqueKey("cycle.b"));
        b.put("formula", "[" + a + "] * 2");
        create(b);
        Map<String, Object> aWithFormula = kpi(a);
        aWithFormula.put("formula", "[" + b.get("key") + "] / 2");

        given().contentType(ContentType.JSON).header("If-Match", etag(a)).body(aWithFormula)
                .when().put("/api/v1/kpis/" + a)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].message", equalTo("would create a dependency cycle: " + a + " → " + b.get("key") + " → " + a));
        given().when().get("/api/v1/kpis/" + a).then().body("formula", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void rejectsAnIndirectCycle() {
        String a = create(kpi(uniqueKey("cycle.a")));
        Map<String, Object> b = kpi(uniqueKey("cycle.b"));
        b.put("formula", "[" + a + "] + 1");
        create(b);
        Map<String, Object> c = kpi(uniqueKey("cycle.c"));
        c.put("formula", "[" + b.get("key") + "] + 1");
        create(c);
        Map<String, Object> aWithFormula = kpi(a);
        aWithFormula.put("formula", "[" + c.get("key") + "] + 1");

        given().contentType(ContentType.JSON).header("If-Match", etag(a)).body(aWithFormula)
                .when().put("/api/v1/kpis/" + a)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("would create a dependency cycle: " + a + " → " + c.get("key")
                        + " → " + b.get("key") + " → " + a));
    }

    @Test
    void rejectsFormulasOverKpisOfAnotherPeriod() {
        Map<String, Object> weekly = kpi(uniqueKey("ops.weekly"));
        weekly.put("period", "WEEKLY");
        create(weekly);
        Map<String, Object> monthly = kpi(uniqueKey("ops.monthly-calc"));
        monthly.put("formula", "[" + weekly.get("key") + "] * 4");

        given().contentType(ContentType.JSON).body(monthly)
                .when().post("/api/v1/kpis")
                .then().statusCode(400)
                .body("errors[0].message", containsString("a MONTHLY KPI can only combine MONTHLY KPIs"))
                .body("errors[0].message", containsString(weekly.get("key") + " (WEEKLY)"));
    }

    @Test
    void rejectsFormulasOverArchivedKpis() {
        String archived = create(kpi(uniqueKey("old.kpi")));
        given().when().delete("/api/v1/kpis/" + archived).then().statusCode(204);
        Map<String, Object> calc = kpi(uniqueKey("calc.kpi"));
        calc.put("formula", "[" + archived + "] * 2");

        given().contentType(ContentType.JSON).body(calc)
                .when().post("/api/v1/kpis")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("references archived KPIs: " + archived));
    }

    @Test
    void aKpiUsedInAFormulaCanNeitherBeArchivedNorChangeItsPeriod() {
        String base = create(kpi(uniqueKey("base.kpi")));
        Map<String, Object> calc = kpi(uniqueKey("calc.kpi"));
        calc.put("formula", "[" + base + "] * 2");
        create(calc);

        given().when().delete("/api/v1/kpis/" + base)
                .then().statusCode(409)
                .body("detail", containsString("used in the formulas of " + calc.get("key")));
        Map<String, Object> quarterly = kpi(base);
        quarterly.put("period", "QUARTERLY");
        given().contentType(ContentType.JSON).header("If-Match", etag(base)).body(quarterly)
                .when().put("/api/v1/kpis/" + base)
                .then().statusCode(409)
                .body("detail", containsString("change its period"));
    }

    @Test
    void aCalculatedKpiCannotBeRestoredWhileItsInputsAreArchived() {
        String base = create(kpi(uniqueKey("base.kpi")));
        Map<String, Object> calc = kpi(uniqueKey("calc.kpi"));
        calc.put("formula", "[" + base + "] * 2");
        String calcKey = create(calc);
        given().when().delete("/api/v1/kpis/" + calcKey).then().statusCode(204);
        given().when().delete("/api/v1/kpis/" + base).then().statusCode(204);

        given().when().post("/api/v1/kpis/" + calcKey + "/restore")
                .then().statusCode(409)
                .body("detail", containsString(base));
    }
}
