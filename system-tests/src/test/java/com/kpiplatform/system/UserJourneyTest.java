package com.kpiplatform.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.user.GreenMailUser;
import io.restassured.path.json.JsonPath;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three user groups' journey across the three real services, step by step: an admin sets up
 * keys, channels and subscriptions; an editor defines KPIs and OKRs; an integration ingests single,
 * batch and CSV; evaluation alerts on Slack, by email and by webhook exactly once; recovery resolves
 * exactly once; a measurement-service outage fails the cycle without touching alerts, and after a
 * restart nothing acknowledged is missing.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class UserJourneyTest {

    private static final String TEAM = "journey";
    private static final String OKR_TEAM = "journey-okr";
    private static final String REVENUE = "journey.revenue";
    private static final String ORDERS = "journey.orders";
    private static final String RESPONSE_TIME = "journey.response-time";
    private static final String REVENUE_PER_ORDER = "journey.revenue-per-order";
    private static final String SLACK_PATH = "/slack/T0/B0/journey";
    private static final String WEBHOOK_PATH = "/hooks/journey";
    private static final String WEBHOOK_SECRET = "journey-webhook-secret";
    private static final List<String> TEAM_MAILBOXES = List.of("lead@example.com", "ops@example.com");
    private static final String RESPONSE_TIME_OWNER = "rita@example.com";

    private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private Platform platform;
    private String admin;
    private String editor;
    private String ingestKey;
    private long linkedKeyResult;
    private long checkInKeyResult;
    /** Measurements acknowledged per KPI, distinct by natural key, to compare with what is stored. */
    private final Map<String, Integer> acknowledged = new HashMap<>();

    @BeforeAll
    void start(Platform platform) {
        this.platform = platform;
        admin = platform.admin();
        editor = platform.editor(TEAM, OKR_TEAM);
        platform.receivers.stubFor(post(urlEqualTo(SLACK_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        platform.receivers.stubFor(post(urlEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(204)));
    }

    @Test
    @Order(1)
    void anAdminSetsUpAnIngestKeyChannelsAndSubscriptions() {
        ingestKey = Api.as(admin, measurement()).body(Map.of("name", "journey integration",
                        "scopes", List.of("measurements:write"), "kpiPrefixes", List.of("journey.")))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        assertThat(ingestKey).startsWith("kpk_");

        long slack = createChannel(Map.of("name", "#journey", "type", "SLACK", "url", platform.receivers.baseUrl() + SLACK_PATH));
        long email = createChannel(Map.of("name", "journey leads", "type", "EMAIL", "recipients", TEAM_MAILBOXES));
        long webhook = createChannel(Map.of("name", "journey hook", "type", "WEBHOOK",
                "url", platform.receivers.baseUrl() + WEBHOOK_PATH, "secret", WEBHOOK_SECRET));
        for (long channel : List.of(slack, email, webhook)) {
            Api.as(admin, alerting()).body(Map.of("name", "journey team", "channelId", channel, "ownerTeam", TEAM))
                    .post("/api/v1/subscriptions").then().statusCode(201);
        }
    }

    @Test
    @Order(2)
    void anEditorDefinesKpisAndObjectives() {
        createKpi(REVENUE, Map.of("unit", "EUR", "direction", "HIGHER_IS_BETTER", "aggregation", "SUM", "defaultTarget", 1000));
        Api.as(editor, kpiDefinition()).body(Map.of("target", 1000, "stretch", 1500))
                .put("/api/v1/kpis/{key}/targets/{period}", REVENUE, month()).then().statusCode(201);
        createKpi(ORDERS, Map.of("unit", "count", "direction", "HIGHER_IS_BETTER", "aggregation", "SUM", "defaultTarget", 30));
        createKpi(RESPONSE_TIME, Map.of("unit", "ms", "direction", "LOWER_IS_BETTER", "aggregation", "AVG",
                "defaultTarget", 200, "owner", Map.of("team", TEAM, "name", "Rita Response", "email", RESPONSE_TIME_OWNER)));
        createKpi(REVENUE_PER_ORDER, Map.of("unit", "EUR", "direction", "HIGHER_IS_BETTER", "aggregation", "AVG",
                "defaultTarget", 45, "formula", "[" + REVENUE + "] / [" + ORDERS + "]"));

        long objective = Api.as(editor, kpiDefinition()).body(Map.of("title", "Grow the journey business",
                        "period", quarter(), "level", "TEAM", "owner", Map.of("team", OKR_TEAM, "name", "Olga Objective")))
                .post("/api/v1/objectives").then().statusCode(201).extract().jsonPath().getLong("id");
        linkedKeyResult = createKeyResult(objective, Map.of("title", "Revenue this quarter", "start", 0, "target", 4000,
                "unit", "EUR", "kpiKey", REVENUE));
        checkInKeyResult = createKeyResult(objective, Map.of("title", "Customers interviewed", "start", 0, "target", 100,
                "unit", "count"));
        Api.as(editor, kpiDefinition()).body(Map.of("value", 30, "confidence", 7))
                .post("/api/v1/key-results/{id}/check-ins", checkInKeyResult).then().statusCode(201);
    }

    @Test
    @Order(3)
    void theIntegrationIngestsSingleBatchAndCsvAndARepeatedBatchChangesNothing() {
        ingestOne(RESPONSE_TIME, 1, 400);
        List<Map<String, Object>> batch = List.of(
                measurement(REVENUE, 2, 500), measurement(REVENUE, 3, 500), measurement(REVENUE, 4, 500),
                measurement(REVENUE, 5, 500), measurement(RESPONSE_TIME, 6, 380), measurement(RESPONSE_TIME, 7, 420));
        JsonPath stored = ingestBatch(batch);
        assertThat(stored.getInt("stored")).isEqualTo(6);
        String csv = "kpiKey,timestamp,value\n" + ORDERS + "," + at(8) + ",10\n" + ORDERS + "," + at(9) + ",10\n"
                + ORDERS + "," + at(10) + ",10\n" + ORDERS + "," + at(11) + ",10\n";
        Api.withKey(ingestKey, measurement()).contentType("text/csv").body(csv)
                .post("/api/v1/measurements/batch").then().statusCode(200).body("stored", is(4));
        acknowledged.merge(ORDERS, 4, Integer::sum);

        Map<String, Integer> before = storedCounts();
        JsonPath again = Api.withKey(ingestKey, measurement()).body(batch).post("/api/v1/measurements/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("received")).isEqualTo(6);
        assertThat(storedCounts()).isEqualTo(before).isEqualTo(acknowledged);
    }

    @Test
    @Order(4)
    void evaluationJudgesEveryKpiAndAlertsExactlyOnceOnEveryChannel() throws Exception {
        assertThat(runEvaluation().getString("status")).isEqualTo("SUCCEEDED");

        assertThat(scorecard()).containsExactlyInAnyOrderEntriesOf(Map.of(REVENUE, "EXCEEDED", ORDERS, "ON_TRACK",
                RESPONSE_TIME, "OFF_TRACK", REVENUE_PER_ORDER, "ON_TRACK"));
        JsonPath linked = keyResult(linkedKeyResult);
        assertThat(linked.getDouble("current")).isEqualTo(2000.0);
        assertThat(linked.getDouble("progress")).isEqualTo(0.5);
        assertThat(keyResult(checkInKeyResult).getDouble("progress")).isEqualTo(0.3);
        assertThat(alertState(RESPONSE_TIME)).isEqualTo("FIRING");

        awaitOutboxEmpty();
        List<LoggedRequest> slack = platform.receivers.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)));
        assertThat(slack).hasSize(1);
        assertThat(slack.get(0).getBodyAsString()).contains(RESPONSE_TIME);
        for (String mailbox : TEAM_MAILBOXES) {
            assertThat(mailsTo(mailbox)).as("mails to %s", mailbox).isEqualTo(1);
        }
        assertThat(mailsTo(RESPONSE_TIME_OWNER)).as("mails to the KPI's owner").isEqualTo(1);
        List<LoggedRequest> hooks = platform.receivers.findAll(postRequestedFor(urlEqualTo(WEBHOOK_PATH)));
        assertThat(hooks).hasSize(1);
        assertThat(hooks.get(0).getHeader("X-Signature")).isEqualTo("sha256=" + hmac(hooks.get(0).getBody()));
        assertThat(hooks.get(0).getBodyAsString()).contains(RESPONSE_TIME);
        assertThat(hooks.get(0).getHeader("traceparent")).as("the delivery's trace, for the receiver's logs")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    @Order(5)
    void newMeasurementsBringTheKpiBackAndEachChannelIsToldOnce() throws Exception {
        List<Map<String, Object>> fast = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fast.add(measurement(RESPONSE_TIME, 20 + i, 100));
        }
        ingestBatch(fast);
        ingestOne(REVENUE, 30, 1000);

        assertThat(runEvaluation().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(scorecard()).containsEntry(RESPONSE_TIME, "ON_TRACK");
        assertThat(alertState(RESPONSE_TIME)).isEqualTo("RESOLVED");
        assertThat(keyResult(linkedKeyResult).getDouble("progress")).as("the key result follows the KPI").isEqualTo(0.75);

        awaitOutboxEmpty();
        List<LoggedRequest> slack = platform.receivers.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)));
        assertThat(slack).hasSize(2);
        assertThat(slack.get(1).getBodyAsString()).contains(RESPONSE_TIME).containsIgnoringCase("resolved");
        for (String mailbox : TEAM_MAILBOXES) {
            assertThat(mailsTo(mailbox)).as("mails to %s", mailbox).isEqualTo(2);
        }
        List<LoggedRequest> hooks = platform.receivers.findAll(postRequestedFor(urlEqualTo(WEBHOOK_PATH)));
        assertThat(hooks).hasSize(2);
        assertThat(hooks.get(1).getBodyAsString()).contains("RESOLVED");
        assertThat(hooks.get(1).getHeader("X-Signature")).isEqualTo("sha256=" + hmac(hooks.get(1).getBody()));
    }

    @Test
    @Order(6)
    void aMeasurementServiceOutageFailsTheCycleAndLosesNothing() throws Exception {
        Map<String, String> alertsBefore = alertStates();
        int slackBefore = platform.receivers.findAll(postRequestedFor(urlEqualTo(SLACK_PATH))).size();
        platform.stack.stop(Platform.MEASUREMENT);

        assertThatThrownBy(() -> ingestOne(RESPONSE_TIME, 40, 150)).isInstanceOf(ConnectException.class);
        long failedCycle = Api.as(admin, alerting()).post("/api/v1/evaluations/run").then().statusCode(503)
                .header("Retry-After", notNullValue()).extract().jsonPath().getLong("evaluationId");
        JsonPath failed = Api.as(admin, alerting()).get("/api/v1/evaluations/{id}", failedCycle).then().statusCode(200)
                .extract().jsonPath();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).contains("measurement-service");
        assertThat(alertStates()).as("no alert opens or resolves in a failed cycle").isEqualTo(alertsBefore);

        platform.stack.restart(Platform.MEASUREMENT);
        ingestOne(RESPONSE_TIME, 41, 150);
        assertThat(storedCounts()).as("every acknowledged measurement is there after the restart").isEqualTo(acknowledged);
        // The failed cycle opened the alerting-service's breaker to the measurement-service; once it
        // lets a call through again, cycles succeed.
        await().pollDelay(Duration.ofSeconds(Platform.BREAKER_DELAY_SECONDS)).pollInterval(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(60)).until(() -> Api.as(admin, alerting()).post("/api/v1/evaluations/run")
                        .then().extract().statusCode() == 200);
        assertThat(alertStates()).isEqualTo(alertsBefore);
        awaitOutboxEmpty();
        assertThat(platform.receivers.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)))).hasSize(slackBefore);
    }

    private long createChannel(Map<String, Object> channel) {
        return Api.as(admin, alerting()).body(channel).post("/api/v1/channels").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void createKpi(String key, Map<String, Object> specific) {
        Map<String, Object> kpi = new HashMap<>(Map.of("key", key, "name", key, "category", "SALES", "level", "TEAM",
                "owner", Map.of("team", TEAM, "name", "Joe Journey", "email", "joe@example.com"),
                "indicatorType", "LAGGING", "period", "MONTHLY", "timeZone", "UTC"));
        kpi.putAll(specific);
        Api.as(editor, kpiDefinition()).body(kpi).post("/api/v1/kpis").then().statusCode(201);
    }

    private long createKeyResult(long objective, Map<String, Object> keyResult) {
        return Api.as(editor, kpiDefinition()).body(keyResult).post("/api/v1/objectives/{id}/key-results", objective)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void ingestOne(String kpi, int secondsBefore, double value) {
        Api.withKey(ingestKey, measurement()).body(measurement(kpi, secondsBefore, value))
                .post("/api/v1/measurements").then().statusCode(200);
        acknowledged.merge(kpi, 1, Integer::sum);
    }

    private JsonPath ingestBatch(List<Map<String, Object>> batch) {
        JsonPath answer = Api.withKey(ingestKey, measurement()).body(batch).post("/api/v1/measurements/batch")
                .then().statusCode(200).extract().jsonPath();
        batch.forEach(m -> acknowledged.merge((String) m.get("kpiKey"), 1, Integer::sum));
        return answer;
    }

    private Map<String, Object> measurement(String kpi, int secondsBefore, double value) {
        return Map.of("kpiKey", kpi, "timestamp", at(secondsBefore), "value", value);
    }

    private String at(int secondsBefore) {
        return base.minusSeconds(secondsBefore).toString();
    }

    /** Measurements stored this period per KPI, as the measurement-service counts them. */
    private Map<String, Integer> storedCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (String kpi : List.of(REVENUE, ORDERS, RESPONSE_TIME)) {
            counts.put(kpi, Api.as(admin, measurement()).queryParam("period", month()).get("/api/v1/kpis/{key}/actual", kpi).then().statusCode(200)
                    .extract().jsonPath().getInt("count"));
        }
        return counts;
    }

    private JsonPath runEvaluation() {
        return Api.as(admin, alerting()).post("/api/v1/evaluations/run").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, String> scorecard() {
        List<Map<String, Object>> items = Api.as(admin, alerting()).queryParam("ownerTeam", TEAM).get("/api/v1/scorecard")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> statuses = new HashMap<>();
        items.forEach(item -> statuses.put((String) item.get("kpiKey"), (String) item.get("status")));
        return statuses;
    }

    private JsonPath keyResult(long id) {
        return Api.as(admin, kpiDefinition()).get("/api/v1/key-results/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private String alertState(String kpi) {
        return alertStates().get(kpi);
    }

    /** The state of every alert about the journey's KPIs, by subject. */
    private Map<String, String> alertStates() {
        List<Map<String, Object>> alerts = Api.as(admin, alerting()).queryParam("size", 100).get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> states = new HashMap<>();
        alerts.stream().filter(a -> ((String) a.get("subjectKey")).startsWith("journey."))
                .forEach(a -> states.put((String) a.get("subjectKey"), (String) a.get("state")));
        return states;
    }

    private void awaitOutboxEmpty() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                Api.as(admin, alerting()).queryParam("state", "PENDING").get("/api/v1/deliveries")
                        .then().statusCode(200).extract().jsonPath().getInt("total") == 0);
    }

    private int mailsTo(String address) throws Exception {
        GreenMailUser user = platform.smtp.getUserManager().getUserByEmail(address);
        return user == null ? 0 : platform.smtp.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String month() {
        return ZonedDateTime.now(ZoneOffset.UTC).toString().substring(0, 7);
    }

    private static String quarter() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        return now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
    }

    private String kpiDefinition() {
        return platform.url(Platform.KPI_DEFINITION);
    }

    private String measurement() {
        return platform.url(Platform.MEASUREMENT);
    }

    private String alerting() {
        return platform.url(Platform.ALERTING);
    }
}
