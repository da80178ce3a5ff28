package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The defects a fuzzer found, each answered as a 400 that says what is wrong and where. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class HostileInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/kpis/a%00b, path",
            "/api/v1/kpis/sales.mrr/targets/2026-11%00, path",
            "/api/v1/kpis?q=mrr%00, q",
            "/api/v1/objectives?period=2026-Q4%00, period"})
    void aNulCharacterNeverReachesTheDatabase(String path, String field) {
        given().urlEncodingEnabled(false)
                .when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("U+0000"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/kpis?page=abc, page, must be an integer",
            "/api/v1/kpis?size=ten, size, must be an integer",
            "/api/v1/objectives?parentId=abc, parentId, must be an integer",
            "/api/v1/objectives/abc, id, must be an integer",
            "/api/v1/key-results/1x/check-ins, id, must be an integer"})
    void aParameterThatIsNotANumberIs400NamingIt(String path, String field, String message) {
        given().when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/kpis?status=BOGUS | status | must be one of ACTIVE, ARCHIVED, ALL",
            "/api/v1/objectives?state=BOGUS | state | must be one of ACTIVE, ARCHIVED, ALL"})
    void anEnumMessageListsExactlyTheValuesThatAreAccepted(String path, String field, String message) {
        given().when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }
}
