package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.etag;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.owner;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The object-level rules: an editor of sales changes sales' KPIs and objectives and nothing else,
 * cannot move what sales owns to another team, and cannot touch what no team owns; an admin can.
 * Every refusal is a 403 naming the owning team, and leaves every table as it was.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class TeamRulesTest {

    private static final String[] TABLES = {"kpi", "kpi_target", "kpi_change", "kpi_review", "objective",
        "key_result", "check_in"};

    @Inject
    DataSource dataSource;

    private final String salesEditor = DevTokens.editor("sales");
    private String salesKpi;
    private String supportKpi;
    private String unownedKpi;
    private long supportObjective;
    private long supportKeyResult;

    @BeforeEach
    void kpisAndAnObjectiveOfTwoTeams() {
        salesKpi = KpiFixtures.create(kpi(uniqueKey("sales.rules")));
        supportKpi = KpiFixtures.create(ownedBy("support", kpi(uniqueKey("support.rules"))));
        Map<String, Object> unowned = kpi(uniqueKey("nobody.rules"));
        unowned.remove("owner");
        unownedKpi = KpiFixtures.create(unowned);
        supportObjective = OkrFixtures.createObjective(OkrFixtures.objective("support"));
        supportKeyResult = OkrFixtures.createKeyResult(supportObjective, OkrFixtures.keyResult(0, 10));
    }

    @Test
    void anEditorChangesTheirTeamsKpis() {
        Map<String, Object> renamed = kpi(salesKpi);
        renamed.put("name", "Renamed by sales");
        as(salesEditor).header("If-Match", etag(salesKpi)).body(renamed).put("/api/v1/kpis/" + salesKpi)
                .then().statusCode(200).body("name", equalTo("Renamed by sales"));
        as(salesEditor).body(Map.of("target", 1000)).put("/api/v1/kpis/" + salesKpi + "/targets/2026-11")
                .then().statusCode(201);
    }

    @Test
    void anEditorCannotChangeAnotherTeamsKpiItsTargetsOrItsObjectivesKeyResults() {
        Map<String, Long> before = rowCounts();
        Map<String, Object> changed = ownedBy("support", kpi(supportKpi));
        changed.put("name", "Hijacked");
        refusedFor("support", as(salesEditor).header("If-Match", etag(supportKpi)).body(changed)
                .put("/api/v1/kpis/" + supportKpi).then());
        refusedFor("support", as(salesEditor).delete("/api/v1/kpis/" + supportKpi).then());
        refusedFor("support", as(salesEditor).body(Map.of("target", 1)).put("/api/v1/kpis/" + supportKpi
                + "/targets/2026-11").then());
        refusedFor("support", as(salesEditor).body(Map.of("targets", List.of(Map.of("period", "2026-12", "target", 1))))
                .put("/api/v1/kpis/" + supportKpi + "/targets").then());
        refusedFor("support", as(salesEditor).body(Map.of("note", "looked at it")).post("/api/v1/kpis/" + supportKpi
                + "/reviews").then());
        refusedFor("support", as(salesEditor).body(OkrFixtures.keyResult(1, 2))
                .post("/api/v1/objectives/" + supportObjective + "/key-results").then());
        refusedFor("support", as(salesEditor).header("If-Match", keyResultEtag()).body(OkrFixtures.keyResult(0, 99))
                .put("/api/v1/key-results/" + supportKeyResult).then());
        refusedFor("support", as(salesEditor).body(Map.of("value", 5, "confidence", 7))
                .post("/api/v1/key-results/" + supportKeyResult + "/check-ins").then());
        refusedFor("support", as(salesEditor).delete("/api/v1/objectives/" + supportObjective).then());
        refusedFor("support", as(salesEditor).body(ownedBy("support", kpi(uniqueKey("support.new"))))
                .post("/api/v1/kpis").then());
        assertThat(rowCounts()).isEqualTo(before);
        given().get("/api/v1/kpis/" + supportKpi).then().body("name", containsString("Monthly recurring revenue"));
    }

    @Test
    void anEditorCannotMoveTheirKpiToAnotherTeamButAnAdminCan() {
        Map<String, Long> before = rowCounts();
        Map<String, Object> moved = ownedBy("support", kpi(salesKpi));
        refusedFor("sales", as(salesEditor).header("If-Match", etag(salesKpi)).body(moved)
                .put("/api/v1/kpis/" + salesKpi).then());
        assertThat(rowCounts()).isEqualTo(before);

        as(DevTokens.admin()).header("If-Match", etag(salesKpi)).body(moved).put("/api/v1/kpis/" + salesKpi)
                .then().statusCode(200).body("owner.team", equalTo("support"));
    }

    @Test
    void whatNoTeamOwnsIsForAdminsOnly() {
        Map<String, Long> before = rowCounts();
        as(salesEditor).body(Map.of("target", 1)).put("/api/v1/kpis/" + unownedKpi + "/targets/2026-11").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("no owner team"));
        assertThat(rowCounts()).isEqualTo(before);

        as(DevTokens.admin()).body(Map.of("target", 1)).put("/api/v1/kpis/" + unownedKpi + "/targets/2026-11").then()
                .statusCode(201);
    }

    @Test
    void anEditorOfBothTeamsChangesBoth() {
        as(DevTokens.editor("sales", "support")).body(Map.of("value", 5, "confidence", 7))
                .post("/api/v1/key-results/" + supportKeyResult + "/check-ins").then().statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    private static void refusedFor(String ownerTeam, ValidatableResponse answer) {
        answer.statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("team '" + ownerTeam + "'"))
                .body("ownerTeam", equalTo(ownerTeam));
    }

    private String keyResultEtag() {
        return given().get("/api/v1/key-results/" + supportKeyResult).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> ownedBy(String team, Map<String, Object> kpi) {
        owner(kpi).put("team", team);
        return kpi;
    }

    private Map<String, Long> rowCounts() {
        return RowCounts.of(dataSource, TABLES);
    }
}
