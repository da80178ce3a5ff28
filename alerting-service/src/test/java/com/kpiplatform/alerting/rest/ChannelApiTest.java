package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.kpiplatform.alerting.rest.Deliveries.unique;
import static com.kpiplatform.alerting.rest.Deliveries.wiremockUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Channels and subscriptions over HTTP: secrets stay secret, test messages tell the truth, bad input stores nothing. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class ChannelApiTest {

    private static final String[] TABLES = {"channel", "subscription", "delivery"};

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aSlackUrlIsMaskedAndKeptWhenAnUpdateLeavesItOut() {
        String path = "/slack/" + unique("masked") + "/T000/B000/XXXXsecretTOKEN";
        wiremock.register(post(urlEqualTo(path)).willReturn(ok("ok")));
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "#sales", "type", "SLACK", "url", wiremockUrl(path))).post("/api/v1/channels");
        created.then().statusCode(201).header("Location", containsString("/api/v1/channels/")).header("ETag", "\"0\"");
        long id = created.jsonPath().getLong("id");

        String shown = given().get("/api/v1/channels/" + id).then().statusCode(200).extract().jsonPath().getString("url");
        assertThat(shown).startsWith("http://localhost:").endsWith("/…OKEN").doesNotContain("secret");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "#sales-renamed", "type", "SLACK"))
                .put("/api/v1/channels/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("#sales-renamed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "stale", "type", "SLACK"))
                .put("/api/v1/channels/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("name", "no version", "type", "SLACK"))
                .put("/api/v1/channels/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("name", "x", "type", "EMAIL", "recipients", List.of("a@example.com")))
                .put("/api/v1/channels/" + id).then().statusCode(400).body("errors[0].field", equalTo("type"));

        given().post("/api/v1/channels/" + id + "/test").then().statusCode(200).body("state", equalTo("SENT"))
                .body("kind", equalTo("TEST")).body("history[0].statusCode", equalTo(200));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(path)));
        assertThat(given().get("/api/v1/channels").asString()).doesNotContain("secretTOKEN");
    }

    @Test
    void aTestMessageToAMissingSlackChannelFailsWithSlacksReason() {
        String path = "/slack/" + unique("gone");
        wiremock.register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(410).withBody("channel_is_archived")));
        long id = Deliveries.slackChannel(path);
        given().post("/api/v1/channels/" + id + "/test").then().statusCode(200).body("state", equalTo("FAILED"))
                .body("lastError", equalTo("HTTP 410 channel_is_archived"));
        given().post("/api/v1/channels/999999/test").then().statusCode(404);
    }

    @Test
    void aWebhookSecretIsWriteOnlyAndKeptWhenAnUpdateLeavesItOut() throws Exception {
        String path = "/hook/" + unique("secret");
        String secret = "first-secret-0123456789";
        wiremock.register(post(urlEqualTo(path)).willReturn(ok()));
        long id = Deliveries.webhookChannel(path, secret);
        given().get("/api/v1/channels/" + id).then().body("secretSet", equalTo(true))
                .body(not(containsString(secret)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "renamed", "type", "WEBHOOK", "url", wiremockUrl(path)))
                .put("/api/v1/channels/" + id).then().statusCode(200).body(not(containsString(secret)));

        given().post("/api/v1/channels/" + id + "/test").then().statusCode(200).body("state", equalTo("SENT"));
        LoggedRequest request = wiremock.find(postRequestedFor(urlEqualTo(path))).get(0);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.getHeader("X-Signature")).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));
    }

    @Test
    void aChannelInUseCannotBeDeletedAndADeletedOneIsGone() {
        long channel = Deliveries.emailChannel(unique("team") + "@example.com");
        long subscription = Deliveries.subscribe(channel, Map.of());
        given().delete("/api/v1/channels/" + channel).then().statusCode(409)
                .body("detail", containsString("[" + subscription + "]"));
        given().get("/api/v1/subscriptions/" + subscription).then().statusCode(200).body("minSeverity", equalTo("WARNING"))
                .body("sendResolved", equalTo(true)).body("enabled", equalTo(true)).body("weeklyDigest", equalTo(false));
        given().delete("/api/v1/subscriptions/" + subscription).then().statusCode(204);
        given().delete("/api/v1/channels/" + channel).then().statusCode(204);
        given().get("/api/v1/channels/" + channel).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("name", "late", "channelId", channel)).post("/api/v1/subscriptions")
                .then().statusCode(400).body("errors[0].field", equalTo("channelId"));
    }

    @Test
    void aSubscriptionIsReadListedAndReplaced() {
        long channel = Deliveries.emailChannel(unique("team") + "@example.com");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "north", "channelId", channel, "tags",
                List.of("north"), "minSeverity", "CRITICAL", "repeatInterval", "PT1H", "missedTargets", true));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then().statusCode(201)
                .body("repeatInterval", equalTo("PT1H")).body("missedTargets", equalTo(true))
                .extract().jsonPath().getLong("id");
        given().queryParam("channelId", channel).get("/api/v1/subscriptions").then().body("total", equalTo(1))
                .body("items[0].tags", equalTo(List.of("north")));
        body.put("sendResolved", false);
        body.remove("repeatInterval");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/subscriptions/" + id)
                .then().statusCode(200).body("sendResolved", equalTo(false)).body("version", equalTo(1))
                .body("repeatInterval", org.hamcrest.Matchers.nullValue());
    }

    static Stream<Arguments> invalidChannels() {
        return Stream.of(
                invalid("missing name", c -> c.remove("name"), "name", "must not be blank"),
                invalid("missing type", c -> c.remove("type"), "type", "must not be null"),
                invalid("unknown type", c -> c.put("type", "SMS"), "type", "SLACK, EMAIL, WEBHOOK"),
                invalid("slack without url", c -> c.remove("url"), "url", "is required"),
                invalid("slack url not http", c -> c.put("url", "ftp://hooks.example.com/x"), "url", "http or https"),
                invalid("slack url relative", c -> c.put("url", "/services/T0/B0/X"), "url", "absolute"),
                invalid("slack with a secret", c -> c.put("secret", "s".repeat(20)), "secret", "not used by SLACK"),
                invalid("slack with recipients", c -> c.put("recipients", List.of("a@example.com")), "recipients",
                        "not used by SLACK"),
                invalid("email without recipients", c -> {
                    c.put("type", "EMAIL");
                    c.remove("url");
                }, "recipients", "at least one"),
                invalid("email with a bad address", c -> {
                    c.put("type", "EMAIL");
                    c.remove("url");
                    c.put("recipients", List.of("ok@example.com", "not-an-address"));
                }, "recipients[1]", "email"),
                invalid("webhook without secret", c -> c.put("type", "WEBHOOK"), "secret", "is required"),
                invalid("webhook secret too short", c -> {
                    c.put("type", "WEBHOOK");
                    c.put("secret", "short");
                }, "secret", "size"),
                invalid("unknown property", c -> c.put("token", "x"), "token", "unknown property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidChannels")
    void rejectsInvalidChannelsAndStoresNothing(String description, Consumer<Map<String, Object>> change, String field,
            String message) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "#ops", "type", "SLACK",
                "url", "https://hooks.slack.com/services/T0/B0/XYZ"));
        change.accept(body);
        expectInvalid("/api/v1/channels", body, field, message);
    }

    static Stream<Arguments> invalidSubscriptions() {
        return Stream.of(
                invalid("missing name", s -> s.remove("name"), "name", "must not be blank"),
                invalid("missing channel", s -> s.remove("channelId"), "channelId", "must not be null"),
                invalid("unknown channel", s -> s.put("channelId", 999999), "channelId", "no channel with id 999999"),
                invalid("unknown severity", s -> s.put("minSeverity", "LOUD"), "minSeverity", "INFO, WARNING, CRITICAL"),
                invalid("unknown category", s -> s.put("category", "SALE"), "category", "must be one of"),
                invalid("unknown level", s -> s.put("level", "DEPARTMENT"), "level", "must be one of"),
                invalid("repeat too often", s -> s.put("repeatInterval", "PT1M"), "repeatInterval", "between PT5M"),
                invalid("repeat not a duration", s -> s.put("repeatInterval", "hourly"), "repeatInterval", ""),
                invalid("blank KPI key", s -> s.put("kpiKeys", List.of("sales.mrr", " ")), "kpiKeys[1]", "must not be blank"),
                invalid("too many tags", s -> s.put("tags", java.util.Collections.nCopies(21, "t")), "tags", "size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSubscriptions")
    void rejectsInvalidSubscriptionsAndStoresNothing(String description, Consumer<Map<String, Object>> change,
            String field, String message) {
        long channel = Deliveries.emailChannel(unique("valid") + "@example.com");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "ops", "channelId", channel));
        change.accept(body);
        expectInvalid("/api/v1/subscriptions", body, field, message);
    }

    @Test
    void badFiltersAndUnknownDeliveriesAreClearErrors() {
        given().queryParam("state", "LOST").get("/api/v1/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().queryParam("type", "FAX").get("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().get("/api/v1/deliveries/999999").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/deliveries/999999/retry").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).put("/api/v1/kpis/sales.mrr/owner-notifications").then()
                .statusCode(400).body("errors.field", hasItem("enabled"));
    }

    private void expectInvalid(String path, Map<String, Object> body, String field, String message) {
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String field,
            String message) {
        return Arguments.of(description, change, field, message);
    }
}
