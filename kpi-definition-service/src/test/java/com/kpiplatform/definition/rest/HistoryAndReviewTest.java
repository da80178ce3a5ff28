package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class HistoryAndReviewTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyChangedFieldIsRecordedNewestFirstWithWhoFromAndTo() {
        String key = create(kpi(uniqueKey("sales.history")));
        Map<String, Object> changed = kpi(key);
        changed.put("name", "New name");
        KpiFixtures.owner(changed).put("email", "new.owner@example.com");
        changed.put("tags", List.of("north-star", "board"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of())).body(changed)
                .put("/api/v1/kpis/" + key).then().statusCode(200);
        given().auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of())).delete("/api/v1/kpis/" + key).then().statusCode(204);

        given().when().get("/api/v1/kpis/" + key + "/history")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.action", contains("ARCHIVED", "UPDATED", "UPDATED", "UPDATED", "CREATED"))
                .body("items[0].field", equalTo("status"))
                .body("items[0].from", equalTo("ACTIVE"))
                .body("items[0].to", equalTo("ARCHIVED"))
                .body("items.findAll { it.action == 'UPDATED' }.field", contains("tags", "owner.email", "name"))
                .body("items.find { it.field == 'name' }.from", equalTo("Monthly recurring revenue " + key))
                .body("items.find { it.field == 'name' }.to", equalTo("New name"))
                .body("items.find { it.field == 'tags' }.to", equalTo("[\"north-star\",\"board\"]"))
                .body("items[1].changedBy.name", equalTo("cfo@example.com"))
                .body("items[4].changedBy.name", equalTo("fixture@example.com"));
    }

    @Test
    void anUnchangedUpdateRecordsNothing() {
        String key = create(kpi(uniqueKey("sales.same")));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(kpi(key))
                .put("/api/v1/kpis/" + key).then().statusCode(200);

        given().when().get("/api/v1/kpis/" + key + "/history").then().body("items", hasSize(1));
    }

    @Test
    void aReviewMovesLastReviewedAtAndIsListedNewestFirst() {
        String key = create(kpi(uniqueKey("sales.review")));

        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ana@example.com", List.of("admin"), List.of()))
                .body(Map.of("reviewedAt", "2026-10-01T10:00:00Z", "note", "Targets still ambitious."))
                .when().post("/api/v1/kpis/" + key + "/reviews")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/kpis/" + key + "/reviews/"))
                .body("reviewedBy.name", equalTo("ana@example.com"))
                .body("note", equalTo("Targets still ambitious."));
        String location = given().contentType(ContentType.JSON).body(Map.of("reviewedAt", "2026-11-01T10:00:00Z"))
                .when().post("/api/v1/kpis/" + key + "/reviews")
                .then().statusCode(201).extract().header("Location");
        given().contentType(ContentType.JSON).body(Map.of("reviewedAt", "2026-09-01T10:00:00Z"))
                .post("/api/v1/kpis/" + key + "/reviews").then().statusCode(201);

        given().when().get("/api/v1/kpis/" + key)
                .then().body("lastReviewedAt", equalTo("2026-11-01T10:00:00Z"));
        given().when().get("/api/v1/kpis/" + key + "/reviews")
                .then().body("total", equalTo(3))
                .body("items.reviewedAt", contains("2026-11-01T10:00:00Z", "2026-10-01T10:00:00Z", "2026-09-01T10:00:00Z"));
        given().when().get(location).then().statusCode(200).body("reviewedAt", equalTo("2026-11-01T10:00:00Z"));
        given().when().get("/api/v1/kpis/" + key + "/history")
                .then().body("items[0].action", equalTo("REVIEWED"))
                .body("items[0].field", equalTo("lastReviewedAt"))
                .body("items[0].from", equalTo("2026-10-01T10:00:00Z"))
                .body("items[0].to", equalTo("2026-11-01T10:00:00Z"));
    }

    @Test
    void reviewsInTheFutureOrWithOverlongNotesAreRejected() {
        String key = create(kpi(uniqueKey("sales.badreview")));

        given().contentType(ContentType.JSON).body(Map.of("reviewedAt", "2999-01-01T00:00:00Z"))
                .when().post("/api/v1/kpis/" + key + "/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("reviewedAt"));
        given().contentType(ContentType.JSON).body(Map.of("note", "n".repeat(2001)))
                .when().post("/api/v1/kpis/" + key + "/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().when().get("/api/v1/kpis/" + key + "/reviews").then().body("total", equalTo(0));
        given().when().get("/api/v1/kpis/" + key + "/reviews/999999").then().statusCode(404);
    }
}
