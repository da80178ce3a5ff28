package com.kpiplatform.alerting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.service.delivery.Outbox;
import com.kpiplatform.testsupport.TestClock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** What delivery tests do over HTTP: make channels and subscriptions, fire alerts, send the outbox, read deliveries. */
final class Deliveries {

    private final Neighbours neighbours;
    private final TestClock clock;
    private final Outbox outbox;

    Deliveries(Neighbours neighbours, TestClock clock, Outbox outbox) {
        this.neighbours = neighbours;
        this.clock = clock;
        this.outbox = outbox;
    }

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A URL on the test's WireMock server. */
    static String wiremockUrl(String path) {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.wiremock.devservices.port", Integer.class)
                + path;
    }

    static long channel(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/channels").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long slackChannel(String path) {
        return channel(Map.of("name", "slack " + path, "type", "SLACK", "url", wiremockUrl(path)));
    }

    static long emailChannel(String... recipients) {
        return channel(Map.of("name", "mail " + recipients[0], "type", "EMAIL", "recipients", List.of(recipients)));
    }

    static long webhookChannel(String path, String secret) {
        return channel(Map.of("name", "hook " + path, "type", "WEBHOOK", "url", wiremockUrl(path), "secret", secret));
    }

    /** A subscription of {@code channel} with these settings on top of the defaults. */
    static long subscribe(long channel, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("name", "subscription of " + channel);
        body.put("channelId", channel);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An OFF_TRACK KPI (50 of 100) with its own owner address; the cycles at t and t+60 s fire its alert. */
    Neighbours.Kpi offTrack(String kpi, String ownerEmail, Instant t) {
        Neighbours.Kpi view = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "LAST", 100, t);
        view.view.put("owner", Map.of("team", "team-" + kpi, "name", "Olivia Owner", "email", ownerEmail));
        return view.value(view.currentPeriod(), 50);
    }

    /** Subscribes the channel to a new OFF_TRACK KPI and fires its alert at t+60 s; answers the channel. */
    long firingKpiTo(long channel, Instant t) {
        String kpi = unique("sales.deals");
        subscribe(channel, Map.of("kpiKeys", List.of(kpi)));
        offTrack(kpi, unique("owner") + "@example.com", t);
        fire(t);
        return channel;
    }

    /** Runs the two cycles that fire the published OFF_TRACK KPIs' alerts; leaves the clock at t+60 s. */
    void fire(Instant t) {
        neighbours.publish();
        evaluate(t);
        evaluate(t.plusSeconds(60));
    }

    void evaluate(Instant at) {
        clock.set(at);
        given().post("/api/v1/evaluations/run").then().statusCode(200);
    }

    int send() {
        return outbox.sendDue();
    }

    static List<Map<String, Object>> ofChannel(long channel) {
        return given().queryParam("channelId", channel).queryParam("size", 100).get("/api/v1/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    static JsonPath delivery(long id) {
        return given().get("/api/v1/deliveries/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The one delivery to {@code channel}. */
    static JsonPath onlyDelivery(long channel) {
        List<Map<String, Object>> deliveries = ofChannel(channel);
        assertThat(deliveries).as("deliveries to channel " + channel).hasSize(1);
        return delivery(((Number) deliveries.get(0).get("id")).longValue());
    }
}
