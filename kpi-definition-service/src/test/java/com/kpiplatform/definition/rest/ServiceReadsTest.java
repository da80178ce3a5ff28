package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ServiceReadsTest {

    private static final int MANY = 150;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theEvaluationViewGivesEachActiveKpiItsPeriodAndTarget() {
        String prefix = uniqueKey("view");
        Map<String, Object> berlin = kpi(prefix + ".berlin");
        String berlinKey = create(berlin);
        given().contentType(ContentType.JSON).body(Map.of("target", 7, "stretch", 9))
                .put("/api/v1/kpis/" + berlinKey + "/targets/2026-11").then().statusCode(201);
        Map<String, Object> newYork = kpi(prefix + ".newyork");
        newYork.put("timeZone", "America/New_York");
        newYork.put("formula", "[" + berlinKey + "] * 2");
        String calcKey = create(newYork);
        String rangeKey = create(KpiFixtures.rangeKpi(prefix + ".range"));
        String archived = create(kpi(prefix + ".archived"));
        given().delete("/api/v1/kpis/" + archived).then().statusCode(204);

        List<Map<String, Object>> items = evaluationViewItems("2026-10-31T23:30:00Z", prefix);

        assertThat(items).extracting(i -> i.get("key")).containsExactly(berlinKey, calcKey, rangeKey);
        JsonPath view = JsonPath.from(given().queryParams(Map.of("at", "2026-10-31T23:30:00Z", "size", 1000))
                .get("/api/v1/kpi-evaluation-view").asString());
        String berlinItem = "items.find { it.key == '" + berlinKey + "' }.";
        assertThat(view.getString(berlinItem + "currentPeriod.key")).isEqualTo("2026-11");
        assertThat(view.getString(berlinItem + "currentPeriod.start")).isEqualTo("2026-10-31T23:00:00Z");
        assertThat(view.getInt(berlinItem + "target")).isEqualTo(7);
        assertThat(view.getInt(berlinItem + "stretch")).isEqualTo(9);
        assertThat(view.getString(berlinItem + "targetSource")).isEqualTo("EXPLICIT");
        assertThat(view.getString(berlinItem + "staleAfter")).isEqualTo("PT48H");
        assertThat(view.getString(berlinItem + "owner.email")).isEqualTo("ana.lima@example.com");
        String calcItem = "items.find { it.key == '" + calcKey + "' }.";
        assertThat(view.getString(calcItem + "currentPeriod.key")).isEqualTo("2026-10");
        assertThat(view.getString(calcItem + "targetSource")).isEqualTo("DEFAULT");
        assertThat(view.getList(calcItem + "formulaDependencies")).containsExactly(berlinKey);
        String rangeItem = "items.find { it.key == '" + rangeKey + "' }.";
        assertThat(view.getString(rangeItem + "targetSource")).isEqualTo("RANGE");
        assertThat(view.getInt(rangeItem + "range.max")).isEqualTo(45);
    }

    @Test
    void theEvaluationViewCostsThreeStatementsPerPageWhateverItsSize() {
        String prefix = uniqueKey("many");
        List<String> keys = createMany(prefix);
        for (String key : keys.subList(0, 50)) {
            given().contentType(ContentType.JSON).body(Map.of("target", 1))
                    .put("/api/v1/kpis/" + key + "/targets/2026-11").then().statusCode(201);
        }
        sessionFactory.getStatistics().clear();

        int total = given().queryParams(Map.of("at", "2026-11-15T00:00:00Z", "size", 1000))
                .when().get("/api/v1/kpi-evaluation-view")
                .then().statusCode(200)
                .extract().path("total");

        assertThat(total).isGreaterThanOrEqualTo(MANY);
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void theLookupAnswersFoundAndMissingKeysInOneStatement() {
        String prefix = uniqueKey("lookup");
        List<String> keys = new ArrayList<>(createMany(prefix));
        String archived = keys.get(0);
        given().delete("/api/v1/kpis/" + archived).then().statusCode(204);
        keys.add("no.such-kpi");
        sessionFactory.getStatistics().clear();

        given().contentType(ContentType.JSON).body(Map.of("keys", keys))
                .when().post("/api/v1/kpi-lookup")
                .then().statusCode(200)
                .body("found", hasSize(MANY))
                .body("missing", contains("no.such-kpi"))
                .body("found.find { it.key == '" + archived + "' }.status", equalTo("ARCHIVED"))
                .body("found[0].aggregation", equalTo("LAST"))
                .body("found[0].timeZone", equalTo("Europe/Berlin"));

        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void theLookupIsBounded() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add("k" + i);
        }

        given().contentType(ContentType.JSON).body(Map.of("keys", tooMany))
                .when().post("/api/v1/kpi-lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("keys"));
        given().contentType(ContentType.JSON).body(Map.of("keys", List.of()))
                .when().post("/api/v1/kpi-lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("keys"));
    }

    private static List<String> createMany(String prefix) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            keys.add(create(kpi(prefix + "." + i)));
        }
        return keys;
    }

    /** Pages through the whole view and keeps the items whose key starts with the prefix. */
    private static List<Map<String, Object>> evaluationViewItems(String at, String prefix) {
        List<Map<String, Object>> found = new ArrayList<>();
        int page = 0;
        List<Map<String, Object>> items;
        do {
            items = given().queryParams(Map.of("at", at, "size", 100, "page", page++))
                    .get("/api/v1/kpi-evaluation-view").then().statusCode(200).extract().path("items");
            items.stream().filter(i -> ((String) i.get("key")).startsWith(prefix)).forEach(found::add);
        } while (!items.isEmpty());
        return found;
    }
}
