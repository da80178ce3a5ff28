package com.kpiplatform.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.kpiplatform.testsupport.fuzz.RawHttp;
import com.kpiplatform.testsupport.security.DevTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The problem-details contract of DESIGN.md, run over HTTP against a service. A service's test
 * extends this class; the body-related cases go to the test-only {@link ProblemProbeResource},
 * which runs with the service's own configuration, the others to the service's real endpoints.
 */
public abstract class ProblemDetailsContract {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REFUSED_URI_TAG = "/REFUSED";
    private static final String PROBE = ProblemProbeResource.PATH;

    /** A path of the service that answers GET and nothing else. */
    protected String readOnlyPath() {
        return "/api/v1/info";
    }

    /** A body that is over the service's configured maximum body size. */
    protected String oversizedBody() {
        return "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"count\":1}";
    }

    private static Map<String, String> asAdmin() {
        return Map.of("Authorization", "Bearer " + DevTokens.admin());
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void validationErrorsNameEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"count\":11,\"tags\":[\"ok\",\"too-long\"],\"items\":[{\"value\":1},{\"value\":-1}]}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("4 fields are invalid."))
                .body("errors", hasSize(4))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"))
                .body("errors.field", hasItem("tags[1]"))
                .body("errors.field", hasItem("items[1].value"))
                .body("errors.find { it.field == 'count' }.message", equalTo("must be less than or equal to 10"))
                .body("requestId", notNullValue());
    }

    @Test
    void missingBodyIsAValidationError() {
        given().contentType(ContentType.JSON)
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", notNullValue());
    }

    @Test
    void malformedJsonIsRejectedWithItsPosition() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1,,}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:malformed-json"))
                .body("detail", containsString("line 1, column"));
    }

    /** Which of two values counts is a guess that parsers make differently; the platform refuses to guess. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\",\"name\":\"b\",\"count\":1}",
        "{\"name\":\"a\",\"count\":1,\"items\":[{\"value\":1,\"value\":2}]}"})
    void duplicateKeysAreRejectedAndNamed(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:malformed-json"))
                .body("detail", containsString("Duplicate field"));
    }

    @Test
    void aNulCharacterInAJsonStringIsRejectedAndNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\\u0000b\",\"count\":1,\"tags\":[\"ok\",\"\\u0000\"]}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }

    @Test
    void unknownPropertyIsRejectedAndNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("unknown property"))
                .body("errors[0].message", containsString("count"));
    }

    @Test
    void wrongValueTypeNamesTheFieldWithoutJavaTypes() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"count\":\"many\",\"at\":\"yesterday\"}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].message", equalTo("must be a number"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.XML)
                .body("<probe/>")
                .when().post(PROBE)
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:unsupported-media-type"))
                .body("detail", containsString("application/xml"));
    }

    @Test
    void unsupportedMethodIs405AndOptionsListsTheAllowedOnes() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when().delete(readOnlyPath())
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:method-not-allowed"))
                .body("detail", containsString("DELETE is not allowed"));
        given().when().options(readOnlyPath())
                .then().statusCode(200)
                .header("Allow", containsString("GET"));
    }

    @Test
    void unknownPathIs404() {
        given().when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-resource"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        given().contentType(ContentType.JSON)
                .body(oversizedBody())
                .when().post(PROBE)
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:payload-too-large"))
                .body("detail", containsString("accepts at most"))
                .body("requestId", notNullValue());
    }

    @Test
    void concurrentModificationIs409() {
        given().when().get(PROBE + "/concurrent-update")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:concurrent-modification"));
    }

    @Test
    void unexpectedErrorIs500WithRequestIdAndNoInternals() {
        given().header("X-Request-Id", "contract-test-500")
                .when().get(PROBE + "/unexpected")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .header("X-Request-Id", "contract-test-500")
                .body("requestId", equalTo("contract-test-500"))
                .body("detail", not(containsString("secret_table")))
                .body("detail", not(containsString("Exception")))
                .body(not(containsString("at com.")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void controlCharactersInAQueryValueAre400NamingTheParameter() {
        given().urlEncodingEnabled(false)
                .when().get(readOnlyPath() + "?probe=a%00b")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("errors[0].field", equalTo("probe"))
                .body("errors[0].message", containsString("control character"))
                .body("requestId", notNullValue());
        given().urlEncodingEnabled(false)
                .when().get(readOnlyPath() + "?line%0Abreak=1")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void controlCharactersInThePathAre400() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/a%00b/c%1Fd")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].message", containsString("control character"));
    }

    @Test
    void malformedPercentEncodingIs400() {
        given().urlEncodingEnabled(false)
                .when().get(readOnlyPath() + "?probe=%E0%A4")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("probe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/info?probe=%zz, probe", "/api/v1/info?probe=%, probe", "/api/v1/in%zzfo, path",
        "/api/v1/%, path", "/api/v1/info?probe={x}, probe", "/api/v1/in|fo, path", "/api/v1/info?probe=<b>, probe"})
    void unparseableTargetsAre400ProblemJsonNamingThePart(String target, String field) throws Exception {
        try (RawHttp http = new RawHttp(RestAssured.port, asAdmin())) {
            RawHttp.Answer answer = http.get(target);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
            assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    @Test
    void aRefusedRequestWhoseBodyWasNotReadDoesNotStallItsConnection() throws Exception {
        String body = "{\"probe\":\"" + "x".repeat(200_000) + "\"}";
        try (RawHttp http = new RawHttp(RestAssured.port, asAdmin())) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.post(readOnlyPath() + "?probe=a%00b", "application/json", body).status()).isEqualTo(400);
                assertThat(http.get(readOnlyPath()).status()).isEqualTo(200);
            }
        }
    }

    /**
     * Metrics tag requests by route; a refused target has none, and its raw path as a tag would let
     * junk use up the tag budget (100 values) that the real endpoints need.
     */
    @Test
    void refusedTargetsShareOneMetricsTag() throws Exception {
        String marker = "refused-" + System.nanoTime();
        try (RawHttp http = new RawHttp(RestAssured.port, asAdmin())) {
            assertThat(http.get("/api/v1/" + marker + "?probe=a%00b").status()).isEqualTo(400);
            assertThat(http.get("/api/v1/" + marker + "?q=" + "x".repeat(5000)).status()).isEqualTo(414);
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(metrics())
                .contains("uri=\"" + REFUSED_URI_TAG + "\"").doesNotContain(marker));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void aRequestTargetOfAHundredKilobytesIs414ProblemJson() throws Exception {
        try (RawHttp http = new RawHttp(RestAssured.port, asAdmin())) {
            RawHttp.Answer answer = http.get(readOnlyPath() + "?q=" + "x".repeat(100_000));
            assertThat(answer.status()).isEqualTo(414);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        }
    }

    @Test
    void aRequestLineOverTheLimitIs414ProblemJson() {
        given().when().get(readOnlyPath() + "?q=" + "a".repeat(5000))
                .then().statusCode(414)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:uri-too-long"))
                .body("status", equalTo(414))
                .body("detail", containsString("4096"));
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() {
        given().header("X-Padding", "p".repeat(25_000))
                .when().get(readOnlyPath())
                .then().statusCode(431)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:headers-too-large"))
                .body("status", equalTo(431));
    }

    @Test
    void anUnacceptableMediaTypeIs406ProblemJson() {
        given().accept("image/gif")
                .when().get(readOnlyPath())
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:not-acceptable"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/numbers/1?page=abc, page, must be an integer",
            "/numbers/1?page=99999999999, page, must be an integer",
            "/numbers/1?parentId=abc, parentId, must be an integer",
            "/numbers/1?ratio=NaNx, ratio, must be a number",
            "/numbers/abc, id, must be an integer"})
    void aParameterTheServiceCannotConvertIs400NamingIt(String query, String field, String message) {
        given().when().get(PROBE + query)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void requestIdIsEchoedOrCreated() {
        given().header("X-Request-Id", "abc-123")
                .when().get(readOnlyPath())
                .then().statusCode(200)
                .header("X-Request-Id", "abc-123");
        given().header("X-Request-Id", "bad id with spaces; forged=1")
                .when().get(readOnlyPath())
                .then().statusCode(200)
                .header("X-Request-Id", not(containsString(" ")));
    }
}
