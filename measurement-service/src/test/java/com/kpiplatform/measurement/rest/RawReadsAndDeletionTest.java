package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class RawReadsAndDeletionTest {

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void pagesThroughRawMeasurementsByCursorInBothOrders() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("raw.pages"), "SUM");
        store(List.of(
                measurement(key, "2025-05-01T00:00:00Z", 1, Map.of("region", "eu")),
                measurement(key, "2025-05-01T00:00:00Z", 2, Map.of("region", "us")),
                measurement(key, "2025-05-02T00:00:00Z", 3),
                measurement(key, "2025-05-03T00:00:00Z", 4),
                measurement(key, "2025-05-04T00:00:00Z", 5)));

        assertThat(allValues(key, "asc")).containsExactly(1, 2, 3, 4, 5);
        assertThat(allValues(key, "desc")).containsExactly(5, 4, 3, 2, 1);
        given().queryParams(Map.of("kpi", key, "from", "2025-05-02T00:00:00Z", "to", "2025-05-04T00:00:00Z"))
                .get("/api/v1/measurements").then().body("items.value", contains(3, 4)).body("nextCursor", nullValue());
        given().queryParams(Map.of("kpi", key, "dim.region", "us"))
                .get("/api/v1/measurements").then().body("items.value", contains(2));
    }

    @Test
    void rejectsForeignCursorsAndUnknownKpis() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("raw.bad"), "SUM");

        given().queryParams(Map.of("kpi", key, "cursor", "not-a-cursor")).get("/api/v1/measurements")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParams(Map.of("kpi", "no.such-kpi")).get("/api/v1/measurements").then().statusCode(404);
        given().get("/api/v1/measurements").then().statusCode(400).body("errors[0].field", equalTo("kpi"));
    }

    @Test
    void deletesARangeRecomputesActualsAndAuditsIt() throws Exception {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("raw.delete"), "SUM");
        store(List.of(
                measurement(key, "2025-04-01T00:00:00Z", 1, Map.of("region", "eu")),
                measurement(key, "2025-04-02T00:00:00Z", 2, Map.of("region", "eu")),
                measurement(key, "2025-04-02T00:00:00Z", 4, Map.of("region", "us")),
                measurement(key, "2025-04-03T00:00:00Z", 8, Map.of("region", "eu"))));

        given().auth().oauth2(DevTokens.person("ops@example.com", List.of("admin"), List.of()))
                .queryParams(Map.of("kpi", key, "from", "2025-04-02T00:00:00Z", "to", "2025-04-04T00:00:00Z", "dim.region", "eu"))
                .when().delete("/api/v1/measurements")
                .then().statusCode(200).body("deleted", equalTo(2));

        given().queryParam("period", "2025-04").get("/api/v1/kpis/" + key + "/actual")
                .then().body("value", equalTo(5)).body("count", equalTo(2));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT deleted, deleted_by, dimensions_filter, deleted_by_name FROM measurement_deletion WHERE kpi_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(2);
                assertThat(row.getString(2)).isEqualTo("ops@example.com");
                assertThat(row.getString(3)).isEqualTo("{\"region\":\"eu\"}");
                assertThat(row.getString(4)).isEqualTo("ops@example.com");
            }
        }
    }

    @Test
    void aDeletionNamesItsRange() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("raw.norange"), "SUM");

        given().queryParams(Map.of("kpi", key, "from", "2025-04-02T00:00:00Z")).delete("/api/v1/measurements")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private static List<Integer> allValues(String key, String order) {
        List<Integer> values = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(Map.of("kpi", key, "order", order, "limit", 2));
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/measurements").then().statusCode(200).extract().jsonPath();
            values.addAll(page.getList("items.value", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return values;
    }
}
