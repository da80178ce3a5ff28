package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;

import com.kpiplatform.testsupport.security.DevTokens;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid KPI definitions with unique keys, and shortcuts to create and read them over HTTP. */
final class KpiFixtures {

    private KpiFixtures() {
    }

    /** A key no other test uses. */
    static String uniqueKey(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid monthly, higher-is-better KPI definition that a test may change before sending. */
    static Map<String, Object> kpi(String key) {
        Map<String, Object> kpi = new LinkedHashMap<>();
        kpi.put("key", key);
        kpi.put("name", "Monthly recurring revenue " + key);
        kpi.put("description", "Sum of all active subscriptions' monthly fees.");
        kpi.put("unit", "USD");
        kpi.put("category", "SALES");
        kpi.put("level", "COMPANY");
        kpi.put("owner", new LinkedHashMap<>(Map.of("team", "sales", "name", "Ana Lima", "email", "ana.lima@example.com")));
        kpi.put("tags", new ArrayList<>(List.of("north-star")));
        kpi.put("indicatorType", "LAGGING");
        kpi.put("direction", "HIGHER_IS_BETTER");
        kpi.put("aggregation", "LAST");
        kpi.put("period", "MONTHLY");
        kpi.put("timeZone", "Europe/Berlin");
        kpi.put("defaultTarget", 120000);
        kpi.put("thresholds", new LinkedHashMap<>(Map.of("amberTolerancePercent", 10)));
        kpi.put("staleAfter", "P2D");
        kpi.put("reviewEvery", "QUARTERLY");
        return kpi;
    }

    /** A valid WITHIN_RANGE KPI definition. */
    static Map<String, Object> rangeKpi(String key) {
        Map<String, Object> kpi = kpi(key);
        kpi.put("direction", "WITHIN_RANGE");
        kpi.put("aggregation", "AVG");
        kpi.remove("defaultTarget");
        kpi.put("range", new LinkedHashMap<>(Map.of("min", 30, "max", 45)));
        return kpi;
    }

    /** The owner object of a definition, to change its fields. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> owner(Map<String, Object> kpi) {
        return (Map<String, Object>) kpi.get("owner");
    }

    static String create(Map<String, Object> kpi) {
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("fixture@example.com", List.of("admin"), List.of())).body(kpi)
                .when().post("/api/v1/kpis")
                .then().statusCode(201);
        return (String) kpi.get("key");
    }

    static String etag(String key) {
        return given().when().get("/api/v1/kpis/" + key).then().statusCode(200).extract().header("ETag");
    }
}
