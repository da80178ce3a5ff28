package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.kpiplatform.alerting.rest.Deliveries.delivery;
import static com.kpiplatform.alerting.rest.Deliveries.ofChannel;
import static com.kpiplatform.alerting.rest.Deliveries.onlyDelivery;
import static com.kpiplatform.alerting.rest.Deliveries.slackChannel;
import static com.kpiplatform.alerting.rest.Deliveries.subscribe;
import static com.kpiplatform.alerting.rest.Deliveries.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack and webhook delivery against WireMock: each scripted failure of a real channel ends in the
 * promised state with exactly the expected number of requests.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class SlackAndWebhookDeliveryTest {

    private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");
    private static final Instant FIRED = T.plusSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DeliveryScenario scenario = new DeliveryScenario(T);


    /** One KPI going OFF_TRACK, subscribed by one new Slack channel at {@code path}; answers the channel. */
    private long firingKpiToSlack(String path) {
        return scenario.deliveries().firingKpiTo(slackChannel(path), T);
    }

    private int requestsTo(String path) {
        return scenario.wiremock().find(postRequestedFor(urlEqualTo(path))).size();
    }

    private static List<String> outcomes(JsonPath delivery) {
        return delivery.getList("history.outcome");
    }

    @Test
    void slack429WaitsForRetryAfterThenSendsOnce() {
        String path = "/slack/" + unique("429");
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody("rate_limited"))
                .willSetStateTo("after"));
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("429").whenScenarioStateIs("after")
                .willReturn(ok("ok")));
        long channel = firingKpiToSlack(path);

        scenario.deliveries().send();
        JsonPath waiting = onlyDelivery(channel);
        assertThat(waiting.getString("state")).isEqualTo("PENDING");
        assertThat(waiting.getString("lastError")).isEqualTo("HTTP 429 rate_limited");
        assertThat(Instant.parse(waiting.getString("nextAttemptAt"))).isEqualTo(FIRED.plusSeconds(30));
        assertThat(given().get("/api/v1/channels/" + channel).then().extract().jsonPath().getString("pausedUntil"))
                .isEqualTo(FIRED.plusSeconds(30).toString());

        scenario.clock().set(FIRED.plusSeconds(29));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).as("nothing before Retry-After has passed").isEqualTo(1);

        scenario.clock().set(FIRED.plusSeconds(30));
        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(300));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(2);
        JsonPath sent = onlyDelivery(channel);
        assertThat(sent.getString("state")).isEqualTo("SENT");
        assertThat(outcomes(sent)).containsExactly("RETRY", "SENT");
        assertThat(sent.getList("history.statusCode")).containsExactly(429, 200);
    }

    @Test
    void slack500IsRetriedWithBackoffAndSentOnce() {
        String path = "/slack/" + unique("500");
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("rollup_error")).willSetStateTo("after"));
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("500").whenScenarioStateIs("after").willReturn(ok("ok")));
        long channel = firingKpiToSlack(path);

        scenario.deliveries().send();
        JsonPath retrying = onlyDelivery(channel);
        assertThat(retrying.getString("state")).isEqualTo("PENDING");
        Instant next = Instant.parse(retrying.getString("nextAttemptAt"));
        assertThat(next).as("the first backoff is half to all of the 1 s base").isBetween(FIRED.plusMillis(500),
                FIRED.plusMillis(1000));

        scenario.clock().set(next);
        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(60));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(2);
        assertThat(outcomes(onlyDelivery(channel))).containsExactly("RETRY", "SENT");
    }

    @Test
    void slack404ChannelNotFoundFailsWithTheReasonAndIsNotRetried() {
        String path = "/slack/" + unique("404");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(404).withBody("channel_not_found")));
        long channel = firingKpiToSlack(path);

        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(3600));
        scenario.deliveries().send();

        assertThat(requestsTo(path)).isEqualTo(1);
        JsonPath failed = onlyDelivery(channel);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("lastError")).isEqualTo("HTTP 404 channel_not_found");
        assertThat(given().queryParam("state", "FAILED").queryParam("channelId", channel).get("/api/v1/deliveries")
                .then().extract().jsonPath().getInt("total")).isEqualTo(1);
        assertThat(given().get("/q/metrics").asString())
                .containsPattern("alerting_delivery_attempts_total\\{channel=\"SLACK\",outcome=\"FAILED\",?\\} [1-9]");
    }

    @Test
    void aTimeoutIsRetried() {
        String path = "/slack/" + unique("slow");
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok("ok").withFixedDelay(1500)).willSetStateTo("fast"));
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario("slow").whenScenarioStateIs("fast").willReturn(ok("ok")));
        long channel = firingKpiToSlack(path);

        scenario.deliveries().send();
        assertThat(onlyDelivery(channel).getString("lastError")).isEqualTo("no answer within 500 ms");
        scenario.clock().set(FIRED.plusSeconds(60));
        scenario.deliveries().send();

        assertThat(requestsTo(path)).isEqualTo(2);
        assertThat(outcomes(onlyDelivery(channel))).containsExactly("RETRY", "SENT");
    }

    @Test
    void afterMaxAttemptsTheDeliveryIsDeadVisibleAndRetryableByHand() {
        String path = "/slack/" + unique("down");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        long channel = firingKpiToSlack(path);

        for (int minute = 0; minute < 10; minute++) {
            scenario.clock().set(FIRED.plusSeconds(60L * minute));
            scenario.deliveries().send();
        }
        assertThat(requestsTo(path)).as("max-attempts is 4 in tests").isEqualTo(4);
        JsonPath dead = onlyDelivery(channel);
        assertThat(dead.getString("state")).isEqualTo("DEAD");
        assertThat(outcomes(dead)).containsExactly("RETRY", "RETRY", "RETRY", "DEAD");

        scenario.wiremock().register(post(urlEqualTo(path)).atPriority(1).willReturn(ok("ok")));
        given().post("/api/v1/deliveries/" + dead.getLong("id") + "/retry").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("PENDING"));
        given().post("/api/v1/deliveries/" + dead.getLong("id") + "/retry").then().statusCode(409);
        scenario.clock().set(FIRED.plusSeconds(3600));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(5);
        assertThat(delivery(dead.getLong("id")).getString("state")).isEqualTo("SENT");
    }

    @Test
    void theSlackMessageIsBlockKitWithTheFactsAndFallbackText() throws Exception {
        String path = "/slack/" + unique("blocks");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(ok("ok")));
        long channel = firingKpiToSlack(path);
        scenario.deliveries().send();

        LoggedRequest request = scenario.wiremock().find(postRequestedFor(urlEqualTo(path))).get(0);
        JsonNode message = JSON.readTree(request.getBodyAsString());
        String kpi = onlyDelivery(channel).getString("notice.subjectKey");
        assertThat(message.path("text").asText()).isEqualTo(":red_circle: OFF_TRACK: KPI " + kpi + " (" + kpi + ")");
        JsonNode attachment = message.path("attachments").get(0);
        assertThat(attachment.path("color").asText()).isEqualTo("#d1242f");
        JsonNode blocks = attachment.path("blocks");
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
        assertThat(blocks.get(1).path("text").path("text").asText()).startsWith("*Actual* 50 count vs *target* 100 count");
        assertThat(blocks.get(2).path("fields").toString()).contains("*Period*\\n2026-10")
                .contains("*Owner*\\nOlivia Owner (team-" + kpi + ")").contains("*Severity*\\nCRITICAL");
        assertThat(blocks.get(3).path("image_url").asText())
                .isEqualTo("http://alerts.example.com/api/v1/kpis/" + kpi + "/chart.png");
        assertThat(blocks.get(4).path("elements").get(0).path("url").asText())
                .isEqualTo("http://localhost:3000/kpis/" + kpi);
        blocks.forEach(block -> assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000));
    }

    @Test
    void aSlackChannelGetsAtMostOneMessagePerInterval() {
        String path = "/slack/" + unique("busy");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(ok("ok")));
        long channel = slackChannel(path);
        subscribe(channel, Map.of("ownerTeam", "team-busy"));
        for (int i = 0; i < 3; i++) {
            scenario.deliveries().offTrack(unique("busy"), "busy@example.com", T).view.put("owner",
                    Map.of("team", "team-busy", "email", "busy@example.com"));
        }
        scenario.deliveries().fire(T);

        scenario.deliveries().send();
        assertThat(requestsTo(path)).as("one message, then the channel waits its 200 ms").isEqualTo(1);
        scenario.clock().set(FIRED.plusMillis(199));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(1);
        scenario.clock().set(FIRED.plusMillis(200));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(2);
        scenario.clock().set(FIRED.plusMillis(400));
        scenario.deliveries().send();
        assertThat(requestsTo(path)).isEqualTo(3);
        assertThat(ofChannel(channel)).extracting(d -> d.get("state")).containsOnly("SENT");
    }

    @Test
    void aWebhookIsSignedWithHmacAndCarriesItsIdempotencyId() throws Exception {
        String path = "/hook/" + unique("signed");
        String secret = "a-webhook-secret-of-some-length";
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String kpi = unique("ops.latency");
        long channel = Deliveries.webhookChannel(path, secret);
        subscribe(channel, Map.of("kpiKeys", List.of(kpi)));
        scenario.deliveries().offTrack(kpi, "hook-owner@example.com", T);
        scenario.deliveries().fire(T);
        scenario.deliveries().send();

        LoggedRequest request = scenario.wiremock().find(postRequestedFor(urlEqualTo(path))).get(0);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody()));
        assertThat(request.getHeader("X-Signature")).isEqualTo(expected);
        JsonPath delivery = onlyDelivery(channel);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("id").asText()).isEqualTo(delivery.getString("idempotencyKey"))
                .isEqualTo(request.getHeader("Idempotency-Key"));
        assertThat(body.path("notice").path("kind").asText()).isEqualTo("FIRED");
        assertThat(body.path("notice").path("subjectKey").asText()).isEqualTo(kpi);
        assertThat(delivery.getString("state")).isEqualTo("SENT");
        scenario.wiremock().verifyThat(1, postRequestedFor(urlEqualTo(path)).withHeader("Content-Type",
                equalToIgnoreCase("application/json; charset=utf-8")));
    }
}
