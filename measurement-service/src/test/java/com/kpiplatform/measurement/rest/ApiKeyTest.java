package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API keys for integrations: admins create them (the secret shown once, a hash stored), the key
 * writes measurements within its scopes and KPI prefixes under its own name, and revoked, expired
 * and over-the-limit keys are refused with nothing stored.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ApiKeyTest {

    private static final String[] TABLES = {"measurement", "ingest_batch"};

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    private String financeKpi;
    private String salesKpi;

    @BeforeEach
    void kpis() {
        financeKpi = KpiCatalogStub.kpi(wiremock, uniqueKey("finance.cash"), "SUM");
        salesKpi = KpiCatalogStub.kpi(wiremock, uniqueKey("sales.revenue"), "SUM");
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        JsonPath created = create(Map.of("name", "billing-export", "scopes", List.of("measurements:write")));
        String secret = created.getString("secret");
        long id = created.getLong("id");
        assertThat(secret).startsWith("kpk_").hasSizeGreaterThan(40);
        assertThat(created.getString("hint")).isEqualTo(secret.substring(0, 10));
        assertThat(created.getString("createdBy.subject")).isEqualTo("test-admin");

        given().get("/api/v1/api-keys/" + id).then().statusCode(200).body("name", equalTo("billing-export"))
                .body("secret", nullValue()).body("hint", equalTo(secret.substring(0, 10)));
        given().get("/api/v1/api-keys").then().statusCode(200).body("items.id", hasItem((int) id))
                .body("items.secret", not(hasItem(notNullValue())));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM api_key WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBytes("secret_hash")).isEqualTo(MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8)));
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    assertThat(String.valueOf(row.getObject(column))).doesNotContain(secret.substring(10));
                }
            }
        }
    }

    @Test
    void aKeyWritesUnderItsOwnNameWithEitherHeader() {
        JsonPath key = create(Map.of("name", "pos-sync", "scopes", List.of("measurements:write", "measurements:read")));
        String secret = key.getString("secret");
        withKey(secret).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 10)).post("/api/v1/measurements")
                .then().statusCode(200).body("stored", equalTo(1));
        given().noFilters().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON)
                .body(List.of(measurement(salesKpi, "2026-11-21T10:00:00Z", 5))).post("/api/v1/measurements/batch")
                .then().statusCode(200).body("stored", equalTo(1));

        withKey(secret).queryParam("kpi", salesKpi).get("/api/v1/measurements").then().statusCode(200)
                .body("items.source.subject", equalTo(List.of("api-key:" + key.getLong("id"), "api-key:" + key.getLong("id"))))
                .body("items[0].source.name", equalTo("pos-sync"));
        given().get("/api/v1/api-keys/" + key.getLong("id")).then().body("lastUsedAt", notNullValue());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedLastUse(key.getLong("id"))).isNotNull());
    }

    @Test
    void aKeyCannotDoWhatItsScopesDoNotSay() {
        String readOnly = create(Map.of("name", "dashboard", "scopes", List.of("measurements:read"))).getString("secret");
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);
        withKey(readOnly).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 10)).post("/api/v1/measurements")
                .then().statusCode(403).contentType("application/problem+json");
        withKey(readOnly).get("/api/v1/api-keys").then().statusCode(403);
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void aBatchWithOneKpiOutsideTheKeysPrefixesIsRefusedWhole() {
        String billing = create(Map.of("name", "billing", "scopes", List.of("measurements:write"),
                "kpiPrefixes", List.of("finance.*"))).getString("secret");
        withKey(billing).body(measurement(financeKpi, "2026-11-21T09:00:00Z", 1)).post("/api/v1/measurements")
                .then().statusCode(200);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        withKey(billing).body(List.of(measurement(financeKpi, "2026-11-21T10:00:00Z", 2),
                measurement(salesKpi, "2026-11-21T10:00:00Z", 3))).post("/api/v1/measurements/batch")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(salesKpi)).body("kpiKey", equalTo(salesKpi));
        withKey(billing).contentType("text/csv").body("kpiKey,timestamp,value\n" + salesKpi + ",2026-11-21T11:00:00Z,4\n")
                .post("/api/v1/measurements/batch").then().statusCode(403);
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        JsonPath key = create(Map.of("name", "leaked", "scopes", List.of("measurements:write")));
        withKey(key.getString("secret")).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 1))
                .post("/api/v1/measurements").then().statusCode(200);

        given().delete("/api/v1/api-keys/" + key.getLong("id")).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("revokedBy.subject", equalTo("test-admin"));
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);
        withKey(key.getString("secret")).body(measurement(salesKpi, "2026-11-21T10:00:00Z", 1))
                .post("/api/v1/measurements").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token")).body("detail", containsString("revoked"));
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void anExpiredKeyIsRefused() throws Exception {
        Instant soon = Instant.now().plus(2, ChronoUnit.SECONDS);
        String secret = create(Map.of("name", "short-lived", "scopes", List.of("measurements:write"),
                "expiresAt", soon.toString())).getString("secret");
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis() + 100));
        withKey(secret).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 1)).post("/api/v1/measurements")
                .then().statusCode(401).body("detail", containsString("expired"));
        withKey("kpk_" + "x".repeat(43)).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 1))
                .post("/api/v1/measurements").then().statusCode(401).body("detail", containsString("not known"));
    }

    @Test
    void overTheRateLimitTheAnswerIs429WithRetryAfterAndNothingIsStored() {
        String slow = create(Map.of("name", "slow", "scopes", List.of("measurements:write"), "requestsPerSecond", 2))
                .getString("secret");
        withKey(slow).body(measurement(salesKpi, "2026-11-21T09:00:00Z", 1)).post("/api/v1/measurements").then().statusCode(200);
        withKey(slow).body(measurement(salesKpi, "2026-11-21T09:01:00Z", 1)).post("/api/v1/measurements").then().statusCode(200);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);
        withKey(slow).body(List.of(measurement(salesKpi, "2026-11-21T09:02:00Z", 1))).post("/api/v1/measurements/batch")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("detail", containsString("2 requests per second"));
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void keysAreForAdminsAndTheirDefinitionIsChecked() {
        given().noFilters().auth().oauth2(DevTokens.editor("sales")).contentType(ContentType.JSON)
                .body(Map.of("name", "mine", "scopes", List.of("measurements:write"))).post("/api/v1/api-keys")
                .then().statusCode(403);
        Map<String, Object> invalid = new HashMap<>(Map.of("name", "", "scopes", List.of("measurements:delete"),
                "kpiPrefixes", List.of("Finance!"), "expiresAt", "2020-01-01T00:00:00Z"));
        given().contentType(ContentType.JSON).body(invalid).post("/api/v1/api-keys").then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("expiresAt"))
                .body("errors.field", hasItem(containsString("scopes")))
                .body("errors.field", hasItem(containsString("kpiPrefixes")));
        given().get("/api/v1/api-keys/987654").then().statusCode(404);
    }

    /** The last use as the table holds it, written by the periodic flush. */
    private Timestamp storedLastUse(long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT last_used_at FROM api_key WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    private static JsonPath create(Map<String, Object> definition) {
        return given().contentType(ContentType.JSON).body(definition).post("/api/v1/api-keys")
                .then().statusCode(201).header("Location", containsString("/api/v1/api-keys/")).extract().jsonPath();
    }

    private static RequestSpecification withKey(String secret) {
        return given().noFilters().header("X-API-Key", secret).contentType(ContentType.JSON);
    }
}
