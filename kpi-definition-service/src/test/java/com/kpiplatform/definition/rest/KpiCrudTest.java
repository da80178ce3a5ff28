package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.etag;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class KpiCrudTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void createsAKpiWithLocationETagAndEveryField() {
        String key = uniqueKey("sales.mrr");

        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ana.lima@example.com", List.of("admin"), List.of())).body(kpi(key))
                .when().post("/api/v1/kpis")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/kpis/" + key))
                .header("ETag", "\"0\"")
                .body("key", equalTo(key))
                .body("owner.email", equalTo("ana.lima@example.com"))
                .body("tags", contains("north-star"))
                .body("staleAfter", equalTo("PT48H"))
                .body("thresholds.amberTolerancePercent", equalTo(10))
                .body("defaultTarget", equalTo(120000))
                .body("formulaDependencies", empty())
                .body("status", equalTo("ACTIVE"))
                .body("createdBy.name", equalTo("ana.lima@example.com"))
                .body("createdAt", notNullValue());

        given().when().get("/api/v1/kpis/" + key)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Monthly recurring revenue " + key))
                .body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    void defaultsThresholdsAndDropsRepeatedTags() {
        Map<String, Object> kpi = kpi(uniqueKey("sales.defaults"));
        kpi.remove("thresholds");
        kpi.put("tags", List.of("a", "b", "a"));

        given().contentType(ContentType.JSON).body(kpi)
                .when().post("/api/v1/kpis")
                .then().statusCode(201)
                .body("thresholds.amberTolerancePercent", equalTo(10))
                .body("tags", contains("a", "b"));
    }

    @Test
    void theActorIsTheTokensSubjectAndNameAndNeverAClientHeader() {
        String token = DevTokens.mint(Map.of("subject", "7c1d5f0e", "name", "Ana Lima", "roles", List.of("editor"),
                "teams", List.of("sales")));

        given().contentType(ContentType.JSON).auth().oauth2(token).header("X-Actor", "ceo@example.com")
                .body(kpi(uniqueKey("sales.actor")))
                .when().post("/api/v1/kpis")
                .then().statusCode(201)
                .body("createdBy.subject", equalTo("7c1d5f0e"))
                .body("createdBy.name", equalTo("Ana Lima"))
                .body("updatedBy.subject", equalTo("7c1d5f0e"));
    }

    @Test
    void answersNotModifiedForACurrentETag() {
        String key = create(kpi(uniqueKey("sales.etag")));

        given().header("If-None-Match", "\"0\"")
                .when().get("/api/v1/kpis/" + key)
                .then().statusCode(304);
    }

    @Test
    void rejectsADuplicateKeyWith409() {
        String key = create(kpi(uniqueKey("sales.dup")));

        given().contentType(ContentType.JSON).body(kpi(key))
                .when().post("/api/v1/kpis")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(key));
    }

    @Test
    void unknownKeyIs404() {
        given().when().get("/api/v1/kpis/no.such-kpi")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no.such-kpi"));
    }

    @Test
    void updatesWithIfMatchAndBumpsTheVersion() {
        String key = create(kpi(uniqueKey("sales.update")));
        Map<String, Object> changed = kpi(key);
        changed.put("name", "Renamed");
        changed.remove("key");

        given().contentType(ContentType.JSON).header("If-Match", etag(key)).auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of())).body(changed)
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Renamed"))
                .body("version", equalTo(1))
                .body("updatedBy.name", equalTo("cfo@example.com"))
                .body("createdBy.name", equalTo("fixture@example.com"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String key = create(kpi(uniqueKey("sales.stale")));
        Map<String, Object> first = kpi(key);
        first.put("name", "First writer");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first)
                .when().put("/api/v1/kpis/" + key).then().statusCode(200);
        Map<String, Object> second = kpi(key);
        second.put("name", "Second writer");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second)
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kpi-platform:problem:precondition-failed"));

        given().when().get("/api/v1/kpis/" + key).then().body("name", equalTo("First writer")).body("version", equalTo(1));
    }

    @Test
    void updateWithoutIfMatchIs428() {
        String key = create(kpi(uniqueKey("sales.noifmatch")));

        given().contentType(ContentType.JSON).body(kpi(key))
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(428)
                .body("detail", containsString("If-Match"));
    }

    @Test
    void theKeyIsImmutable() {
        String key = create(kpi(uniqueKey("sales.immutable")));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(kpi("sales.other-key"))
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("key"))
                .body("errors[0].message", containsString("immutable"));
    }

    @Test
    void archivingKeepsTheKpiButHidesItFromDefaultLists() {
        String team = uniqueKey("team");
        Map<String, Object> kpi = kpi(uniqueKey("sales.archive"));
        KpiFixtures.owner(kpi).put("team", team);
        String key = create(kpi);

        given().when().delete("/api/v1/kpis/" + key).then().statusCode(204);
        given().when().delete("/api/v1/kpis/" + key).then().statusCode(204);

        given().when().get("/api/v1/kpis/" + key).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().queryParam("ownerTeam", team).when().get("/api/v1/kpis").then().body("total", equalTo(0));
        given().queryParam("ownerTeam", team).queryParam("status", "ARCHIVED").when().get("/api/v1/kpis")
                .then().body("items.key", contains(key));
        given().queryParam("ownerTeam", team).queryParam("status", "ALL").when().get("/api/v1/kpis")
                .then().body("total", equalTo(1));
    }

    @Test
    void archivedKpisAreReadOnlyUntilRestored() {
        String key = create(kpi(uniqueKey("sales.readonly")));
        given().when().delete("/api/v1/kpis/" + key).then().statusCode(204);

        given().contentType(ContentType.JSON).header("If-Match", etag(key)).body(kpi(key))
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(409)
                .body("detail", containsString("archived"));

        given().when().post("/api/v1/kpis/" + key + "/restore")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void archiveWithStaleIfMatchIs412() {
        String key = create(kpi(uniqueKey("sales.archive-stale")));

        given().header("If-Match", "\"7\"").when().delete("/api/v1/kpis/" + key).then().statusCode(412);
        given().when().get("/api/v1/kpis/" + key).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void listsFilterByEveryCriterion() {
        String team = uniqueKey("team");
        Map<String, Object> a = kpi(uniqueKey("ops.alpha"));
        KpiFixtures.owner(a).put("team", team);
        a.put("category", "OPERATIONS");
        a.put("level", "TEAM");
        a.put("indicatorType", "LEADING");
        a.put("tags", List.of("speed"));
        a.put("description", "Tickets closed within the SLA");
        Map<String, Object> b = kpi(uniqueKey("sales.beta"));
        KpiFixtures.owner(b).put("team", team);
        create(a);
        create(b);

        assertKeys(Map.of("ownerTeam", team), a, b);
        assertKeys(Map.of("ownerTeam", team, "category", "OPERATIONS"), a);
        assertKeys(Map.of("ownerTeam", team, "level", "COMPANY"), b);
        assertKeys(Map.of("ownerTeam", team, "indicatorType", "LEADING"), a);
        assertKeys(Map.of("ownerTeam", team, "tag", "speed"), a);
        assertKeys(Map.of("ownerTeam", team, "q", "within the sla"), a);
        assertKeys(Map.of("ownerTeam", team, "q", "BETA"), b);
        assertKeys(Map.of("ownerTeam", team, "q", "100%_"));
    }

    @Test
    void sortsStablyAndPages() {
        String team = uniqueKey("team");
        for (String name : List.of("c", "a", "b")) {
            Map<String, Object> kpi = kpi(team + "." + name);
            KpiFixtures.owner(kpi).put("team", team);
            create(kpi);
        }

        given().queryParams(Map.of("ownerTeam", team, "size", 2, "page", 0)).when().get("/api/v1/kpis")
                .then().body("items.key", contains(team + ".a", team + ".b"))
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0));
        given().queryParams(Map.of("ownerTeam", team, "size", 2, "page", 1)).when().get("/api/v1/kpis")
                .then().body("items.key", contains(team + ".c"));
        given().queryParams(Map.of("ownerTeam", team, "sort", "-key")).when().get("/api/v1/kpis")
                .then().body("items.key", contains(team + ".c", team + ".b", team + ".a"));
        given().queryParams(Map.of("ownerTeam", team, "size", 5000)).when().get("/api/v1/kpis")
                .then().body("size", equalTo(200));
    }

    @Test
    void rejectsBadListParametersNamingThem() {
        given().queryParam("category", "SPORTS").when().get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("SALES"));
        given().queryParam("sort", "colour").when().get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("page", -1).when().get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("status", "DELETED").when().get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void withinRangeKpisCarryTheirRange() {
        String key = uniqueKey("ops.inventory-days");

        given().contentType(ContentType.JSON).body(KpiFixtures.rangeKpi(key))
                .when().post("/api/v1/kpis")
                .then().statusCode(201)
                .body("range.min", equalTo(30))
                .body("range.max", equalTo(45))
                .body("defaultTarget", nullValue());
    }

    @SafeVarargs
    private static void assertKeys(Map<String, Object> query, Map<String, Object>... expected) {
        given().queryParams(query).when().get("/api/v1/kpis")
                .then().statusCode(200)
                .body("items.key", equalTo(Arrays.stream(expected).map(k -> k.get("key")).toList()));
    }
}
