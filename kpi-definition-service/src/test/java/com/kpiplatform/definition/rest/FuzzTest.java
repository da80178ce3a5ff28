package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static com.kpiplatform.definition.rest.OkrFixtures.createKeyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.createObjective;
import static com.kpiplatform.definition.rest.OkrFixtures.keyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.objective;
import static io.restassured.RestAssured.given;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.fuzz.OpenApiFuzzContract;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** The OpenAPI-driven fuzz test, against a KPI, an objective and a key result that exist. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class FuzzTest extends OpenApiFuzzContract {

    private String key;
    private long objective;
    private long keyResult;

    @BeforeEach
    void somethingToFuzz() {
        key = create(kpi(uniqueKey("fuzz.kpi")));
        objective = createObjective(objective("fuzz"));
        keyResult = createKeyResult(objective, keyResult(0, 10));
    }

    @Override
    protected String serviceName() {
        return "kpi-definition-service";
    }

    @Override
    protected Map<String, List<String>> knownPathValues() {
        return Map.of("key", List.of(key), "id", List.of(Long.toString(objective), Long.toString(keyResult)),
                "objectiveId", List.of(Long.toString(objective)), "period", List.of("2026-11", "2026-12"));
    }

    @Override
    protected void aValidRequestStillSucceeds() {
        given().get("/api/v1/kpis/" + key).then().statusCode(200);
        given().get("/api/v1/objectives/" + objective).then().statusCode(200);
    }
}
