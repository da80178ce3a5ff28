package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies a fuzzer sends: NUL bytes, bytes that are not UTF-8, byte order marks, absurd numbers. Nothing of them is stored. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class HostileIngestTest {

    private static final String[] TABLES = {"measurement", "ingest_batch"};
    private static final String BOM = "\uFEFF";
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    private String kpi;
    private Map<String, Long> before;

    @BeforeEach
    void defineKpi() {
        kpi = KpiCatalogStub.kpi(wiremock, uniqueKey("hostile.kpi"), "SUM");
        before = RowCounts.of(dataSource, TABLES);
    }

    private void nothingStored() {
        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] withBytes(String before, byte[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String csvRow(String region) {
        return kpi + ",2026-11-06T00:00:00Z,5," + region + "\n";
    }

    private String ndjsonLine(String region) {
        return "{\"kpiKey\":\"" + kpi + "\",\"timestamp\":\"2026-11-06T00:00:00Z\",\"value\":5,\"dimensions\":{\"region\":\""
                + region + "\"}}\n";
    }

    private void refused(String contentType, byte[] body, String field) {
        given().contentType(contentType).body(body)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", startsWith(field));
        nothingStored();
    }

    @Test
    void aCsvWithANulByteNamesItsLine() {
        refused("text/csv", bytes("kpiKey,timestamp,value,dim.region\n", csvRow("eu"), csvRow("e\u0000u")), "line 3");
    }

    @Test
    void aCsvWithBytesThatAreNotUtf8NamesItsLine() {
        refused("text/csv", withBytes("kpiKey,timestamp,value,dim.region\n" + csvRow("eu") + kpi
                + ",2026-11-06T00:00:00Z,5,e", NOT_UTF8, "u\n"), "line 3");
    }

    @Test
    void aCsvWithAByteOrderMarkInsideNamesItsLine() {
        refused("text/csv", bytes("kpiKey,timestamp,value,dim.region\n", csvRow("eu"), BOM + csvRow("us")), "line 3");
    }

    @Test
    void aCsvThatStartsWithAByteOrderMarkIsAccepted() {
        given().contentType("text/csv").body(bytes(BOM, "kpiKey,timestamp,value,dim.region\n", csvRow("eu")))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void anNdjsonBodyWithAnEscapedNulNamesItsLine() {
        refused("application/x-ndjson", bytes(ndjsonLine("e\\u0000u")), "line 1");
    }

    @Test
    void anNdjsonBodyWithARawNulByteNamesItsLine() {
        refused("application/x-ndjson", bytes(ndjsonLine("eu"), ndjsonLine("e\u0000u")), "line 2");
    }

    @Test
    void anNdjsonBodyWithBytesThatAreNotUtf8NamesItsLine() {
        refused("application/x-ndjson", withBytes(ndjsonLine("eu") + ndjsonLine("us").replace("us", "u"), NOT_UTF8,
                ""), "line 3");
    }

    @Test
    void anNdjsonBodyWithAByteOrderMarkInsideNamesItsLine() {
        refused("application/x-ndjson", bytes(ndjsonLine("eu"), BOM + ndjsonLine("us")), "line 2");
    }

    @Test
    void anNdjsonBodyThatStartsWithAByteOrderMarkIsAccepted() {
        given().contentType("application/x-ndjson").body(bytes(BOM, ndjsonLine("eu")))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void aNumberOfFourHundredDigitsIsRefusedClearly() {
        given().contentType(ContentType.JSON)
                .body("{\"kpiKey\":\"" + kpi + "\",\"timestamp\":\"2026-11-06T00:00:00Z\",\"value\":" + "9".repeat(400) + "}")
                .when().post("/api/v1/measurements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("at most 30 significant digits"));
        nothingStored();
    }

    @Test
    void aJsonDimensionWithAnEscapedNulIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"kpiKey\":\"" + kpi + "\",\"timestamp\":\"2026-11-06T00:00:00Z\",\"value\":1,"
                        + "\"dimensions\":{\"region\":\"e\\u0000u\"}}")
                .when().post("/api/v1/measurements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dimensions.region"));
        nothingStored();
    }
}
