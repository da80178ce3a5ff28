package com.kpiplatform.definition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static com.kpiplatform.definition.rest.OkrFixtures.AFTER_Q4;
import static com.kpiplatform.definition.rest.OkrFixtures.createKeyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.createObjective;
import static com.kpiplatform.definition.rest.OkrFixtures.objective;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.definition.client.MeasurementClient;
import com.kpiplatform.definition.domain.okr.KpiPeriod;
import com.kpiplatform.definition.domain.okr.PeriodActual;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * KPI-linked key results against a WireMock measurement-service: the KPI's actuals over the
 * objective's period, one bulk call for many key results, and the last known value, marked stale,
 * when the service answers 500 or does not answer in time.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class LinkedKeyResultTest extends AtMidQuarter {

    private static final String ACTUALS = "/api/v1/actuals/query";
    private static final String PROBE = "probe.kpi";

    WireMock wiremock;


    @Inject
    MeasurementClient client;

    private String kpi;
    private long objective;

    @BeforeEach
    void linkedKeyResult() {
        awaitCircuitClosed();
        kpi = KpiFixtures.create(sumKpi(uniqueKey("okr.deals")));
        objective = createObjective(objective(uniqueKey("okr")));
        wiremock.resetRequests();
    }

    @Test
    void followsTheKpisActualsOverTheObjectivesPeriod() {
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("source", Matchers.equalTo("KPI"))
                .body("kpiKey", Matchers.equalTo(kpi))
                .body("current", Matchers.equalTo(150))
                .body("currentAsOf", Matchers.equalTo("2026-11-14T09:00:00Z"))
                .body("progress", Matchers.equalTo(0.5f))
                .body("status", Matchers.equalTo("ON_TRACK"))
                .body("stale", Matchers.equalTo(false))
                .body("frozen", Matchers.equalTo(false));
        wiremock.verifyThat(postRequestedFor(urlEqualTo(ACTUALS)).withRequestBody(equalToJson("""
                {"items": [{"kpiKey": "%s", "period": "2026-10"}, {"kpiKey": "%s", "period": "2026-11"}]}"""
                .formatted(kpi, kpi))));
    }

    @Test
    void aServerErrorShowsTheLastKnownValueAsStale() {
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));
        stubActuals(kpi, aResponse().withStatus(500));
        wiremock.resetRequests();

        given().get("/api/v1/objectives/" + objective).then().statusCode(200)
                .body("stale", Matchers.equalTo(true))
                .body("keyResults[0].id", Matchers.equalTo((int) keyResult))
                .body("keyResults[0].stale", Matchers.equalTo(true))
                .body("keyResults[0].current", Matchers.equalTo(150))
                .body("keyResults[0].progress", Matchers.equalTo(0.5f))
                .body("keyResults[0].reason", containsString("measurement-service is unavailable; last value read at"));
        wiremock.verifyThat(2, postRequestedFor(urlEqualTo(ACTUALS)));
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoReadersStopWaitingForTheService() {
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));
        stubActuals(kpi, aResponse().withStatus(503));
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/key-results/" + keyResult).then().statusCode(200).body("stale", Matchers.equalTo(true));
        }
        wiremock.resetRequests();

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("stale", Matchers.equalTo(true))
                .body("current", Matchers.equalTo(150));
        wiremock.verifyThat(0, postRequestedFor(urlEqualTo(ACTUALS)));
    }

    @Test
    void aTimeoutShowsTheLastKnownValueAsStale() {
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));
        stubActuals(kpi, okJson(actuals(kpi, "999", 1, "999", 1)).withFixedDelay(1_000));

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("stale", Matchers.equalTo(true))
                .body("current", Matchers.equalTo(150));
    }

    @Test
    void withoutAnyValueReadBeforeAnOutageTheKeyResultHasNoValue() {
        stubActuals(kpi, aResponse().withStatus(500));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("stale", Matchers.equalTo(true))
                .body("current", nullValue())
                .body("progress", Matchers.equalTo(0.0f))
                .body("reason", containsString("no value was read before"));
    }

    @Test
    void aKpiWithoutMeasurementsGivesNoValueWithTheReason() {
        stubActuals(kpi, okJson(actuals(kpi, null, 0, null, 0)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("stale", Matchers.equalTo(false))
                .body("current", nullValue())
                .body("reason", Matchers.equalTo("no actual for the KPI in 2026-10 to 2026-11"));
    }

    @Test
    void manyLinkedKeyResultsAcrossObjectivesCostOneCall() {
        String team = uniqueKey("okr");
        long parent = createObjective(objective(team));
        for (int i = 0; i < 3; i++) {
            String other = KpiFixtures.create(sumKpi(uniqueKey("okr.many")));
            stubActuals(other, okJson(actuals(other, "10", 1, "20", 1)));
            long child = createObjective(OkrFixtures.alignedTo(parent, objective(team)));
            createKeyResult(child, linkedTo(other, 0, 60));
            createKeyResult(child, linkedTo(other, 0, 120));
        }
        stubAnyActuals(okJson(actuals(List.of("10", "20", "10", "20", "10", "20"))));
        wiremock.resetRequests();

        given().get("/api/v1/objectives/" + parent + "/tree").then().statusCode(200)
                .body("children.size()", Matchers.equalTo(3))
                .body("children.objective.keyResults.flatten().progress", Matchers.everyItem(Matchers.greaterThan(0.2f)));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(ACTUALS)));
    }

    @Test
    void aValueReadAfterThePeriodAndItsGraceTimeIsFinal() {
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2)));
        long keyResult = createKeyResult(objective, linkedTo(kpi, 0, 300));
        clock.set(AFTER_Q4);
        stubActuals(kpi, okJson(actuals(kpi, "100", 4, "50", 2, "30", 1)));
        given().get("/api/v1/key-results/" + keyResult).then().body("current", Matchers.equalTo(180))
                .body("frozen", Matchers.equalTo(true));
        stubActuals(kpi, aResponse().withStatus(500));
        wiremock.resetRequests();

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .body("current", Matchers.equalTo(180))
                .body("stale", Matchers.equalTo(false))
                .body("frozen", Matchers.equalTo(true));
        wiremock.verifyThat(0, postRequestedFor(urlEqualTo(ACTUALS)));
    }

    @Test
    void linkingAnUnknownOrArchivedKpiIsRejected() {
        given().contentType("application/json").body(linkedTo("no.such-kpi", 0, 10))
                .post("/api/v1/objectives/" + objective + "/key-results").then().statusCode(400)
                .body("errors[0].field", Matchers.equalTo("kpiKey"));
        given().delete("/api/v1/kpis/" + kpi).then().statusCode(204);
        given().contentType("application/json").body(linkedTo(kpi, 0, 10))
                .post("/api/v1/objectives/" + objective + "/key-results").then().statusCode(400)
                .body("errors[0].field", Matchers.equalTo("kpiKey"))
                .body("errors[0].message", containsString("archived"));
    }

    private static Map<String, Object> sumKpi(String key) {
        Map<String, Object> definition = KpiFixtures.kpi(key);
        definition.put("aggregation", "SUM");
        definition.put("unit", "count");
        return definition;
    }

    private static Map<String, Object> linkedTo(String kpiKey, int start, int target) {
        Map<String, Object> keyResult = OkrFixtures.keyResult(start, target);
        keyResult.put("kpiKey", kpiKey);
        return keyResult;
    }

    private void stubActuals(String kpiKey, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wiremock.register(post(urlEqualTo(ACTUALS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.items[0].kpiKey", equalTo(kpiKey))).willReturn(response));
    }

    private void stubAnyActuals(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        MappingBuilder any = post(urlEqualTo(ACTUALS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.items[?(@.kpiKey =~ /okr\\.many.*/)]"));
        wiremock.register(any.willReturn(response));
    }

    /** Alternating value and count per period, e.g. {@code "100", 4, "50", 2}; a null value has no measurements. */
    private static String actuals(String kpiKey, Object... valuesAndCounts) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < valuesAndCounts.length; i += 2) {
            Object value = valuesAndCounts[i];
            items.append(i == 0 ? "" : ",").append("""
                    {"kpiKey": "%s", "value": %s, "count": %s, "lastMeasurementAt": %s}"""
                    .formatted(kpiKey, value, valuesAndCounts[i + 1], value == null ? null : "\"2026-11-14T09:00:00Z\""));
        }
        return "{\"items\": [" + items + "], \"lastMeasurementAt\": {}}";
    }

    private static String actuals(List<String> values) {
        return actuals("okr.many", values.stream().flatMap(v -> java.util.stream.Stream.of((Object) v, 1)).toArray());
    }

    /**
     * Earlier tests may have opened the circuit breaker: wait until a call goes through again, then
     * fill its window of recent calls with successes so that a test's own failures start from zero.
     */
    private void awaitCircuitClosed() {
        wiremock.register(post(urlEqualTo(ACTUALS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.items[0].kpiKey", equalTo(PROBE)))
                .willReturn(okJson(actuals(PROBE, "1", 1))));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> probe().size() == 1);
        for (int i = 0; i < 4; i++) {
            probe();
        }
    }

    private List<PeriodActual> probe() {
        return client.actuals(List.of(new KpiPeriod(PROBE, "2026-11")));
    }
}
