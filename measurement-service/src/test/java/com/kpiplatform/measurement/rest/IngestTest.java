package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static com.kpiplatform.measurement.rest.Measurements.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class IngestTest {

    // Rollups derive from these two and change in the background as deltas are merged.
    private static final String[] TABLES = {"measurement", "ingest_batch"};

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    private String sum;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void defineKpis() {
        sum = KpiCatalogStub.kpi(wiremock, uniqueKey("sales.revenue"), "SUM");
    }

    @Test
    void storesOneMeasurementWithItsSourceAndReceiveTime() {
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ops@example.com", List.of("admin"), List.of()))
                .body(measurement(sum, "2026-11-21T09:00:00Z", 118250.5, Map.of("region", "eu")))
                .when().post("/api/v1/measurements")
                .then().statusCode(200)
                .body("received", equalTo(1))
                .body("stored", equalTo(1));

        given().queryParam("kpi", sum).when().get("/api/v1/measurements")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(118250.5f))
                .body("items[0].timestamp", equalTo("2026-11-21T09:00:00Z"))
                .body("items[0].dimensions.region", equalTo("eu"))
                .body("items[0].source.subject", equalTo("ops@example.com"))
                .body("items[0].receivedAt", notNullValue());
    }

    @Test
    void rePostingABatchStoresEachMeasurementOnceAndTheLaterValueWins() {
        List<Map<String, Object>> batch = List.of(
                measurement(sum, "2026-11-01T00:00:00Z", 10),
                measurement(sum, "2026-11-02T00:00:00Z", 20, Map.of("region", "eu")),
                measurement(sum, "2026-11-02T00:00:00Z", 30, Map.of("region", "us")));
        store(batch);
        Map<String, Long> afterFirst = RowCounts.of(dataSource, "measurement");
        List<Map<String, Object>> corrected = new ArrayList<>(batch);
        corrected.set(0, measurement(sum, "2026-11-01T00:00:00+01:00", 15));
        corrected.add(measurement(sum, "2026-11-01T00:00:00Z", 11));

        given().contentType(ContentType.JSON).body(corrected)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200)
                .body("received", equalTo(4))
                .body("stored", equalTo(4));

        assertThat(RowCounts.of(dataSource, "measurement").get("measurement")).isEqualTo(afterFirst.get("measurement") + 1);
        given().queryParams("kpi", sum).when().get("/api/v1/measurements")
                .then().body("items.value", contains(15, 11, 20, 30));
        given().queryParams("period", "2026-11").when().get("/api/v1/kpis/" + sum + "/actual")
                .then().body("value", equalTo(76)).body("count", equalTo(4));
    }

    @Test
    void theLaterOfTwoEqualKeysInOneBatchWins() {
        store(List.of(measurement(sum, "2026-11-03T00:00:00Z", 1), measurement(sum, "2026-11-03T00:00:00Z", 2)));

        given().queryParams("kpi", sum).when().get("/api/v1/measurements")
                .then().body("items.value", contains(2));
    }

    static Stream<Arguments> invalidMeasurements() {
        return Stream.of(
                Arguments.of("unknown KPI", Map.of("kpiKey", "no.such-kpi"), "kpiKey", "no KPI with key 'no.such-kpi'"),
                Arguments.of("malformed KPI key", Map.of("kpiKey", "Sales MRR"), "kpiKey", "is not a KPI key"),
                Arguments.of("missing KPI key", Map.of("kpiKey", ""), "kpiKey", "is not a KPI key"),
                Arguments.of("value as text", Map.of("value", "12"), "value", "must be a finite number, not text"),
                Arguments.of("value NaN as text", Map.of("value", "NaN"), "value", "must be a finite number"),
                Arguments.of("value as boolean", Map.of("value", true), "value", "not a boolean"),
                Arguments.of("value beyond 1e20", Map.of("value", 1e21), "value", "between -1e20 and 1e20"),
                Arguments.of("timestamp without offset", Map.of("timestamp", "2026-11-21T09:00:00"), "timestamp", "with an offset"),
                Arguments.of("timestamp as a date", Map.of("timestamp", "2026-11-21"), "timestamp", "with an offset"),
                Arguments.of("timestamp in the future", Map.of("timestamp", "2999-01-01T00:00:00Z"), "timestamp", "in the future"),
                Arguments.of("dimension value as number", Map.of("dimensions", Map.of("region", 5)), "dimensions.region", "must be a string"),
                Arguments.of("dimensions as array", Map.of("dimensions", List.of("eu")), "dimensions", "must be an object of strings"),
                Arguments.of("dimension name with upper case", Map.of("dimensions", Map.of("Region", "eu")), "dimensions.Region", "lower-case"),
                Arguments.of("dimension name too long", Map.of("dimensions", Map.of("d" + "x".repeat(32), "eu")), "dimensions.d" + "x".repeat(32), "1 to 32 characters"),
                Arguments.of("dimension value too long", Map.of("dimensions", Map.of("region", "r".repeat(65))), "dimensions.region", "1 to 64 characters"),
                Arguments.of("blank dimension value", Map.of("dimensions", Map.of("region", " ")), "dimensions.region", "1 to 64 characters"),
                Arguments.of("eleven dimensions", Map.of("dimensions", elevenDimensions()), "dimensions", "at most 10 entries"),
                Arguments.of("unknown property", Map.of("unit", "USD"), "unit", "unknown property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMeasurements")
    void rejectsAnInvalidMeasurementAndStoresNothing(String description, Map<String, Object> change, String field,
            String message) {
        Map<String, Object> bad = measurement(sum, "2026-11-05T00:00:00Z", 1);
        bad.putAll(change);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/measurements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));
        given().contentType(ContentType.JSON).body(List.of(measurement(sum, "2026-11-05T00:00:00Z", 1), bad))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors.field", hasItem("[1]." + field))
                .body("detail", equalTo("1 of 2 measurements are invalid; nothing was stored."));

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void archivedAndCalculatedKpisTakeNoMeasurements() {
        String archived = KpiCatalogStub.archived(wiremock, uniqueKey("old.kpi"));
        String calculated = KpiCatalogStub.calculated(wiremock, uniqueKey("calc.kpi"), "[" + sum + "] * 2", List.of(sum));
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON)
                .body(List.of(measurement(archived, "2026-11-05T00:00:00Z", 1), measurement(calculated, "2026-11-05T00:00:00Z", 1)))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("[0].kpiKey"))
                .body("errors[0].message", containsString("archived"))
                .body("errors[1].field", equalTo("[1].kpiKey"))
                .body("errors[1].message", containsString("calculated from other KPIs"));
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void listsAtMostTheFirstHundredErrors() {
        List<Map<String, Object>> batch = IntStream.range(0, 150)
                .mapToObj(i -> measurement(sum, "not a time", "not a number")).toList();

        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors", hasSize(100))
                .body("detail", equalTo("150 of 150 measurements are invalid; nothing was stored. The first 100 of 300 errors are listed."));
    }

    @Test
    void aBatchOverTheLimitIsRejected() {
        List<Map<String, Object>> batch = IntStream.range(0, 201)
                .mapToObj(i -> measurement(sum, "2026-11-05T00:00:%02dZ".formatted(i % 60), i)).toList();

        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors[0].message", containsString("at most 200 measurements"));
    }

    @Test
    void aBatchThatIsNotAnArrayIsRejected() {
        given().contentType(ContentType.JSON).body(measurement(sum, "2026-11-05T00:00:00Z", 1))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("[{\"kpiKey\": ")
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400).body("type", equalTo("urn:kpi-platform:problem:malformed-json"));
    }

    @Test
    void storesACsvBatchWithDimensionColumns() {
        String csv = """
                kpiKey,timestamp,value,dim.region,dim.tier
                %1$s,2026-11-06T00:00:00Z,5,eu,gold
                %1$s,2026-11-06T00:00:00Z,7,us,
                """.formatted(sum);

        given().contentType("text/csv").body(csv)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("stored", equalTo(2));

        given().queryParams("kpi", sum).when().get("/api/v1/measurements")
                .then().body("items.dimensions", contains(Map.of("region", "eu", "tier", "gold"), Map.of("region", "us")));
    }

    @Test
    void aCsvWithABadRowNamesTheLineAndStoresNothing() {
        String csv = """
                kpiKey,timestamp,value
                %1$s,2026-11-07T00:00:00Z,5
                %1$s,2026-11-07T01:00:00Z,five
                %1$s,2026-11-07 02:00,6
                """.formatted(sum);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType("text/csv").body(csv)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors.field", contains("line 3.value", "line 4.timestamp"))
                .body("errors[0].message", equalTo("must be a finite number, not 'five'"));
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void aCsvWithAnUnknownColumnIsRejected() {
        given().contentType("text/csv").body("kpiKey,timestamp,value,region\n" + sum + ",2026-11-07T00:00:00Z,5,eu\n")
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("unknown column 'region'"));
    }

    @Test
    void streamsNdjsonInAtomicChunksAndSaysHowManyWereStored() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            Object value = i == 5 ? "\"five\"" : i;
            lines.append("{\"kpiKey\":\"%s\",\"timestamp\":\"2026-11-08T00:00:0%dZ\",\"value\":%s}\n".formatted(sum, i, value));
        }

        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("received", equalTo(7))
                .body("stored", equalTo(4))
                .body("errors[0].field", equalTo("line 5.value"))
                .body("detail", containsString("4 of 7 measurements were stored"));

        given().queryParams("kpi", sum).when().get("/api/v1/measurements")
                .then().body("items.value", contains(1, 2, 3, 7));
    }

    @Test
    void streamsNdjsonLargerThanTheBodyLimit() {
        StringBuilder lines = new StringBuilder();
        int count = 12_000;
        for (int i = 0; i < count; i++) {
            lines.append("{\"kpiKey\":\"%s\",\"timestamp\":\"2026-10-01T00:00:00Z\",\"value\":%d,\"dimensions\":{\"n\":\"%d\"}}\n"
                    .formatted(sum, i, i));
        }
        assertThat(lines.length()).isGreaterThan(1024 * 1024);

        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200)
                .body("received", equalTo(count))
                .body("stored", equalTo(count));
        given().queryParams("period", "2026-10").when().get("/api/v1/kpis/" + sum + "/actual")
                .then().body("count", equalTo(count));
    }

    @Test
    void anNdjsonLineThatIsNotJsonEndsTheStreamAndItsChunkIsNotStored() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            lines.append("{\"kpiKey\":\"%s\",\"timestamp\":\"2026-11-09T00:00:0%dZ\",\"value\":%d}\n".formatted(sum, i, i));
        }
        lines.append("{oops\n");

        // Chunks of three in tests: lines 1-3 are stored; line 4 shares its chunk with the unreadable line 5.
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(422)
                .body("stored", equalTo(3))
                .body("errors[0].field", equalTo("line 5"))
                .body("errors[0].message", containsString("is not valid JSON"));
        given().queryParams("kpi", sum).when().get("/api/v1/measurements")
                .then().body("items.value", contains(1, 2, 3));
    }

    private static Map<String, String> elevenDimensions() {
        Map<String, String> dimensions = new java.util.TreeMap<>();
        IntStream.range(0, 11).forEach(i -> dimensions.put("d" + i, "v"));
        return dimensions;
    }
}
