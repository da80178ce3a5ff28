package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.TestClock;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluation cycles over HTTP against PostgreSQL, with both neighbours in WireMock: alerts fire
 * once after {@code for} (2 in tests) evaluations, do not flap inside the recovery margin, start
 * fresh in a new period, stay quiet when acknowledged until they escalate, are held back by
 * silences until those end; an outage of either neighbour changes nothing and is recorded.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class EvaluationCycleTest {

    private static final Instant OCT_20 = Instant.parse("2026-10-20T12:00:00Z");

    WireMock wiremock;

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakerMaintenance breakers;

    private Neighbours neighbours;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void neighbours() {
        wiremock.resetMappings();
        neighbours = new Neighbours(wiremock);
        clock.set(OCT_20);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String key(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath run() {
        return given().post("/api/v1/evaluations/run").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath alertOf(String subject) {
        JsonPath alerts = given().queryParam("subject", subject).queryParam("kind", "STATUS").get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(alerts.getInt("total")).as("alerts of " + subject).isEqualTo(1);
        return given().get("/api/v1/alerts/" + alerts.getLong("items[0].id")).then().statusCode(200).extract().jsonPath();
    }

    /** The notifying events of an alert's timeline, with a marker for those a silence held back. */
    private static List<String> notified(JsonPath alert) {
        List<Map<String, Object>> timeline = alert.getList("timeline");
        return timeline.stream().filter(e -> (Boolean) e.get("notifies"))
                .map(e -> e.get("type") + ((Boolean) e.get("silenced") ? " (silenced)" : "")).toList();
    }

    @Test
    void anOffTrackKpiOpensExactlyOneAlertAfterForEvaluations() {
        String kpi = key("sales.deals");
        neighbours.kpi(kpi, "HIGHER_IS_BETTER", "LAST", 100, OCT_20).value("2026-10", 50);
        neighbours.publish();

        JsonPath first = run();
        assertThat(first.getInt("kpisEvaluated")).isEqualTo(1);
        assertThat(first.getInt("statuses.kpis.OFF_TRACK")).isEqualTo(1);
        assertThat(alertOf(kpi).getString("state")).isEqualTo("PENDING");
        assertThat(notified(alertOf(kpi))).isEmpty();

        clock.set(OCT_20.plusSeconds(60));
        assertThat(run().getInt("alertsOpened")).isEqualTo(1);
        clock.set(OCT_20.plusSeconds(120));
        assertThat(run().getInt("alertsOpened")).isZero();

        JsonPath alert = alertOf(kpi);
        assertThat(alert.getString("state")).isEqualTo("FIRING");
        assertThat(alert.getString("severity")).isEqualTo("CRITICAL");
        assertThat(alert.getString("period")).isEqualTo("2026-10");
        assertThat(notified(alert)).containsExactly("FIRED");
    }

    @Test
    void aValueOscillatingInsideTheRecoveryMarginDoesNotFlap() {
        String kpi = key("ops.uptime");
        Neighbours.Kpi stub = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "LAST", 100, OCT_20).value("2026-10", 80);
        Instant now = OCT_20;
        for (Number value : List.of(80, 80, 100.5, 95, 101, 100, 103, 103)) {
            stub.value("2026-10", value);
            neighbours.publish();
            clock.set(now);
            run();
            now = now.plusSeconds(60);
        }

        JsonPath alert = alertOf(kpi);
        assertThat(alert.getString("state")).isEqualTo("RESOLVED");
        assertThat(notified(alert)).containsExactly("FIRED", "RESOLVED");
        assertThat(alert.getList("timeline.type", String.class)).contains("DEESCALATED");
    }

    @Test
    void aNewPeriodStartsFreshAndTheEndedOneGetsItsVerdict() {
        String kpi = key("sales.revenue");
        Neighbours.Kpi stub = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "SUM", 1000, OCT_20).value("2026-10", 300);
        neighbours.publish();
        run();
        clock.set(OCT_20.plusSeconds(60));
        run();
        assertThat(alertOf(kpi).getString("state")).isEqualTo("FIRING");

        Instant november = Instant.parse("2026-11-20T12:00:00Z");
        clock.set(november);
        stub.at(november).value("2026-10", 600).value("2026-11", 200);
        neighbours.publish();
        run();

        JsonPath october = given().queryParams(Map.of("subject", kpi, "kind", "STATUS")).get("/api/v1/alerts")
                .then().extract().jsonPath();
        assertThat(october.getInt("total")).isEqualTo(2);
        assertThat(october.getString("items[0].period")).isEqualTo("2026-11");
        assertThat(october.getString("items[0].state")).isEqualTo("PENDING");
        assertThat(october.getString("items[1].state")).isEqualTo("RESOLVED");
        JsonPath ended = given().get("/api/v1/alerts/" + october.getLong("items[1].id")).then().extract().jsonPath();
        assertThat(ended.getList("timeline.type", String.class)).endsWith("PERIOD_ENDED");
        assertThat(notified(ended)).containsExactly("FIRED");

        given().queryParam("kpi", kpi).get("/api/v1/period-verdicts").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].period", equalTo("2026-10"))
                .body("items[0].missed", equalTo(true))
                .body("items[0].message", equalTo("Missed target 1000 for 2026-10: actual 600 (OFF_TRACK)"));
        run();
        given().queryParam("kpi", kpi).get("/api/v1/period-verdicts").then().body("total", equalTo(1));
    }

    @Test
    void anAcknowledgedAlertStaysQuietUntilItEscalates() {
        String kpi = key("support.csat");
        Neighbours.Kpi stub = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "AVG", 100, OCT_20).value("2026-10", 95);
        neighbours.publish();
        run();
        clock.set(OCT_20.plus(Duration.ofMinutes(1)));
        run();
        clock.set(OCT_20.plus(Duration.ofHours(5)));
        run();
        assertThat(notified(alertOf(kpi))).containsExactly("FIRED", "REPEATED");

        given().contentType("application/json").auth().oauth2(DevTokens.person("oncall@example.com", List.of("admin"), List.of())).body(Map.of("note", "on it"))
                .post("/api/v1/alerts/" + alertOf(kpi).getLong("id") + "/ack").then().statusCode(200)
                .body("acknowledged", equalTo(true)).body("acknowledgedBy.name", equalTo("oncall@example.com"));
        clock.set(OCT_20.plus(Duration.ofHours(10)));
        run();
        assertThat(notified(alertOf(kpi))).containsExactly("FIRED", "REPEATED");

        stub.value("2026-10", 50);
        neighbours.publish();
        clock.set(OCT_20.plus(Duration.ofHours(11)));
        run();
        JsonPath alert = alertOf(kpi);
        assertThat(notified(alert)).containsExactly("FIRED", "REPEATED", "ESCALATED");
        assertThat(alert.getList("timeline.type", String.class)).contains("ACKNOWLEDGED");
        assertThat(alert.getBoolean("acknowledged")).isFalse();
    }

    @Test
    void aSilenceHoldsNotificationsBackUntilItEnds() {
        String kpi = key("fin.cash");
        Neighbours.Kpi stub = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "LAST", 100, OCT_20).value("2026-10", 10);
        neighbours.publish();
        given().contentType("application/json").auth().oauth2(DevTokens.person("cfo@example.com", List.of("admin"), List.of()))
                .body(Map.of("matcher", "KPI", "value", kpi, "endsAt", OCT_20.plus(Duration.ofHours(1)).toString(),
                        "reason", "bank export migration"))
                .post("/api/v1/silences").then().statusCode(201).body("active", equalTo(true));
        run();
        clock.set(OCT_20.plusSeconds(60));
        run();
        assertThat(notified(alertOf(kpi))).containsExactly("FIRED (silenced)");

        clock.set(OCT_20.plus(Duration.ofHours(2)));
        stub.value("2026-10", 200);
        neighbours.publish();
        run();
        assertThat(notified(alertOf(kpi))).containsExactly("FIRED (silenced)", "RESOLVED");
        given().queryParam("active", false).get("/api/v1/silences").then()
                .body("items.value", hasItem(kpi));
    }

    @Test
    void anOutageOfEitherNeighbourChangesNothingAndIsRecorded() {
        String kpi = key("ops.tickets");
        neighbours.kpi(kpi, "LOWER_IS_BETTER", "LAST", 10, OCT_20).value("2026-10", 50);
        neighbours.publish();
        run();
        clock.set(OCT_20.plusSeconds(60));
        run();
        assertThat(alertOf(kpi).getString("state")).isEqualTo("FIRING");
        int timelineBefore = alertOf(kpi).getList("timeline").size();

        neighbours.fail(Neighbours.VIEW, aResponse().withStatus(500));
        given().post("/api/v1/evaluations/run").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("failed and changed nothing"))
                .body("evaluationId", notNullValue());
        wiremock.resetMappings();
        neighbours.publish();
        neighbours.fail(Neighbours.ACTUALS, aResponse().withFixedDelay(1500));
        given().post("/api/v1/evaluations/run").then().statusCode(503);
        wiremock.resetMappings();
        neighbours.publish();
        neighbours.fail(Neighbours.OBJECTIVES, aResponse().withStatus(503));
        given().post("/api/v1/evaluations/run").then().statusCode(503);

        JsonPath alert = alertOf(kpi);
        assertThat(alert.getString("state")).isEqualTo("FIRING");
        assertThat(alert.getList("timeline")).hasSize(timelineBefore);
        given().queryParam("status", "FAILED").get("/api/v1/evaluations").then().statusCode(200)
                .body("items[0].error", containsString("kpi-definition-service"))
                .body("items[0].kpisEvaluated", equalTo(0));
        given().queryParams(Map.of("kind", "SYSTEM", "state", "FIRING")).get("/api/v1/alerts").then()
                .body("total", equalTo(1)).body("items[0].severity", equalTo("CRITICAL"));

        wiremock.resetMappings();
        neighbours.publish();
        awaitRecovery();
        given().queryParams(Map.of("kind", "SYSTEM", "state", "FIRING")).get("/api/v1/alerts").then()
                .body("total", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outages")
    void aFailedCycleSaysWhatFailedInWordsWithoutClassNamesOrAddresses(String path, ResponseDefinitionBuilder answer,
            String said) {
        breakers.resetAll();
        neighbours.kpi(key("ops.words"), "LOWER_IS_BETTER", "LAST", 10, OCT_20).value("2026-10", 5);
        neighbours.publish();
        neighbours.fail(path, answer);
        try {
            String detail = given().post("/api/v1/evaluations/run").then().statusCode(503)
                    .contentType("application/problem+json").extract().path("detail");
            String error = given().queryParam("status", "FAILED").get("/api/v1/evaluations").then().statusCode(200)
                    .extract().path("items[0].error");

            for (String text : List.of(detail, error)) {
                assertThat(text).contains(said).doesNotContainPattern(INTERNALS);
            }
        } finally {
            wiremock.resetMappings();
            neighbours.publish();
            breakers.resetAll();
            run();
        }
    }

    /** Java class and package names, stack frames and socket addresses: nothing a client should read. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\$|\\b[a-z]+\\.[a-z]+\\.[a-zA-Z]|\\bat [a-z]|/?127\\.0\\.0\\.1|localhost:\\d");

    static Stream<Arguments> outages() {
        return Stream.of(
                Arguments.of(Neighbours.VIEW, aResponse().withStatus(500), "kpi-definition-service answered HTTP 500"),
                Arguments.of(Neighbours.OBJECTIVES, aResponse().withStatus(503), "kpi-definition-service answered HTTP 503"),
                Arguments.of(Neighbours.ACTUALS, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        "measurement-service closed the connection"),
                Arguments.of(Neighbours.ACTUALS, aResponse().withFixedDelay(1500), "measurement-service did not answer in time"),
                Arguments.of(Neighbours.ACTUALS, aResponse().withStatus(200).withBody("{not json"),
                        "measurement-service answered a body that could not be read"),
                Arguments.of(Neighbours.ACTUALS, okJson("{not json"), "measurement-service answered a body that could not be read"));
    }

    @Test
    void oneCycleReadsEachNeighbourOnceForAllItsKpis() {
        for (int i = 0; i < 5; i++) {
            neighbours.kpi(key("bulk.kpi"), "HIGHER_IS_BETTER", "SUM", 100, OCT_20).value("2026-10", 40 + i);
        }
        neighbours.publish();
        wiremock.resetRequests();

        JsonPath cycle = run();

        assertThat(cycle.getInt("kpisEvaluated")).isEqualTo(5);
        wiremock.verifyThat(1, getRequestedFor(urlPathEqualTo(Neighbours.VIEW)));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(Neighbours.ACTUALS)));
        wiremock.verifyThat(1, getRequestedFor(urlPathEqualTo(Neighbours.OBJECTIVES)));
    }

    @Test
    void theScorecardAndStatusHistoryShowPaceForecastAndTrend() {
        String kpi = key("sales.bookings");
        neighbours.kpi(kpi, "HIGHER_IS_BETTER", "SUM", 1000, OCT_20).value("2026-10", 580).value("2026-09", 900);
        neighbours.publish();
        run();
        clock.set(OCT_20.plusSeconds(3600));
        run();

        given().queryParams(Map.of("ownerTeam", "team-" + kpi, "tag", "tag-" + kpi)).get("/api/v1/scorecard").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kpiKey", equalTo(kpi))
                .body("items[0].period", equalTo("2026-10"))
                .body("items[0].status", equalTo("AT_RISK"))
                .body("items[0].actual", equalTo(580))
                .body("items[0].attainment", equalTo(58.0f))
                .body("items[0].trend.previous", equalTo(900))
                .body("items[0].trend.movement", equalTo("UP"))
                .body("items[0].trend.improving", equalTo(true));
        // 580 after 19.5 of 31 days: on pace for 922, 92.2 % of the target (amber band 900 to 1000).
        JsonPath entry = given().queryParam("ownerTeam", "team-" + kpi).get("/api/v1/scorecard").then().extract().jsonPath();
        assertThat(entry.getDouble("items[0].forecast")).isBetween(920.0, 925.0);
        assertThat(entry.getDouble("items[0].pace")).isBetween(92.0, 92.5);
        given().queryParams(Map.of("ownerTeam", "team-" + kpi, "status", "OFF_TRACK")).get("/api/v1/scorecard").then()
                .body("total", equalTo(0));

        given().get("/api/v1/kpis/" + kpi + "/status-history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.evaluatedAt", contains(OCT_20.plusSeconds(3600).toString(), OCT_20.toString()))
                .body("items[0].status", equalTo("AT_RISK"));
        given().queryParams(Map.of("from", OCT_20.plusSeconds(1).toString())).get("/api/v1/kpis/" + kpi + "/status-history")
                .then().body("total", equalTo(1));
        given().queryParam("from", "yesterday").get("/api/v1/kpis/" + kpi + "/status-history").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aValueFarOutsideItsHistoryOpensAnAnomalyAlertWhileOnTarget() {
        String kpi = key("ops.latency");
        Neighbours.Kpi stub = neighbours.kpi(kpi, "LOWER_IS_BETTER", "AVG", 500, OCT_20).value("2026-10", 300);
        int[] history = {100, 104, 98, 101, 99, 103, 97, 100, 102, 96, 101, 99};
        java.time.YearMonth month = java.time.YearMonth.of(2026, 9);
        for (int value : history) {
            stub.value(month.toString(), value);
            month = month.minusMonths(1);
        }
        neighbours.publish();
        run();
        clock.set(OCT_20.plusSeconds(60));
        run();

        JsonPath anomalies = given().queryParams(Map.of("subject", kpi, "kind", "ANOMALY")).get("/api/v1/alerts").then()
                .extract().jsonPath();
        assertThat(anomalies.getInt("total")).isEqualTo(1);
        assertThat(anomalies.getString("items[0].state")).isEqualTo("FIRING");
        given().queryParams(Map.of("subject", kpi, "kind", "STATUS")).get("/api/v1/alerts").then().body("total", equalTo(0));
        given().queryParam("ownerTeam", "team-" + kpi).get("/api/v1/scorecard").then()
                .body("items[0].status", equalTo("ON_TRACK"));
        assertThat(given().queryParam("ownerTeam", "team-" + kpi).get("/api/v1/scorecard").jsonPath()
                .getDouble("items[0].anomalyScore")).isGreaterThan(3.5);
    }

    @Test
    void keyResultsOfOpenObjectivesAreEvaluatedToo() {
        neighbours.objectives(List.of(Map.of("id", 7, "title", "Win retail", "period", "2026-Q4", "closed", false,
                "owner", Map.of("team", "sales"), "expectedProgress", 0.2,
                "keyResults", List.of(
                        Map.of("id", 71, "title", "30 deals", "target", 30, "current", 1, "progress", 0.03,
                                "status", "OFF_TRACK", "stale", false),
                        Map.of("id", 72, "title", "NPS 50", "target", 50, "current", 45, "progress", 0.9,
                                "status", "ON_TRACK", "stale", false)))));
        neighbours.publish();
        JsonPath cycle = run();
        clock.set(OCT_20.plusSeconds(60));
        run();

        assertThat(cycle.getInt("keyResultsEvaluated")).isEqualTo(2);
        assertThat(cycle.getInt("statuses.keyResults.OFF_TRACK")).isEqualTo(1);
        given().queryParams(Map.of("subject", "71", "state", "FIRING")).get("/api/v1/alerts").then()
                .body("total", equalTo(1)).body("items[0].subjectType", equalTo("KEY_RESULT"))
                .body("items[0].title", equalTo("Win retail / 30 deals"));
        given().queryParam("ownerTeam", "sales").get("/api/v1/scorecard/key-results").then()
                .body("items.keyResultId", contains(71, 72));
    }

    /** Failed cycles may have opened the circuit breakers; cycles succeed again once they close. */
    private static void awaitRecovery() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().post("/api/v1/evaluations/run").statusCode() == 200);
    }
}
