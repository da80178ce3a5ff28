package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.fuzz.OpenApiFuzzContract;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** The OpenAPI-driven fuzz test, with the KPIs of the document's examples defined in the catalog. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class FuzzTest extends OpenApiFuzzContract {

    private static final List<String> EXAMPLE_KPIS = List.of("sales.mrr", "marketing.roi", "support.tickets",
            "support.first-response-time", "sales.fuzz");

    WireMock wiremock;

    @BeforeEach
    void defineTheExampleKpis() {
        EXAMPLE_KPIS.forEach(key -> KpiCatalogStub.kpi(wiremock, key, "SUM"));
    }

    @Override
    protected String serviceName() {
        return "measurement-service";
    }

    @Override
    protected Map<String, List<String>> knownPathValues() {
        return Map.of("key", EXAMPLE_KPIS);
    }

    /** A KPI never seen before needs the catalog: its lookup must not be refused by an open breaker. */
    @Override
    protected void aValidRequestStillSucceeds() {
        String fresh = KpiCatalogStub.kpi(wiremock, uniqueKey("after.fuzz"), "SUM");
        given().contentType(ContentType.JSON).body(measurement(fresh, "2026-11-03T00:00:00Z", 3))
                .when().post("/api/v1/measurements")
                .then().statusCode(200);
    }
}
