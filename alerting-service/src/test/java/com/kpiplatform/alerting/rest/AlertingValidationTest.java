package com.kpiplatform.alerting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to silences, acknowledgements and filters: a 400 naming the field, and nothing stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class AlertingValidationTest {

    private static final String[] TABLES = {"silence", "alert", "alert_event"};

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> silence() {
        Map<String, Object> silence = new LinkedHashMap<>();
        silence.put("matcher", "TAG");
        silence.put("value", "north-star");
        silence.put("endsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        silence.put("reason", "maintenance window");
        return silence;
    }

    static Stream<Arguments> invalidSilences() {
        return Stream.of(
                invalid("missing matcher", s -> s.remove("matcher"), "matcher", "must not be null"),
                invalid("unknown matcher", s -> s.put("matcher", "COLOUR"), "matcher", "KPI, TAG, CATEGORY, OWNER_TEAM"),
                invalid("blank value", s -> s.put("value", " "), "value", "must not be blank"),
                invalid("value over 100 characters", s -> s.put("value", "v".repeat(101)), "value", "size"),
                invalid("missing end", s -> s.remove("endsAt"), "endsAt", "must not be null"),
                invalid("end before start", s -> s.put("startsAt", Instant.now().plus(2, ChronoUnit.HOURS).toString()),
                        "endsAt", "must be after startsAt"),
                invalid("end in the past", s -> s.put("endsAt", "2020-01-01T00:00:00Z"), "endsAt", "after startsAt"),
                invalid("end not an instant", s -> s.put("endsAt", "tomorrow"), "endsAt", ""),
                invalid("blank reason", s -> s.put("reason", ""), "reason", "must not be blank"),
                invalid("unknown property", s -> s.put("author", "me"), "author", "unknown property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSilences")
    void rejectsInvalidSilencesAndStoresNothing(String description, Consumer<Map<String, Object>> change, String field,
            String message) {
        Map<String, Object> body = silence();
        change.accept(body);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType("application/json").body(body).post("/api/v1/silences").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @Test
    void aSilenceIsCreatedReadListedAndEnded() {
        long id = given().contentType("application/json").auth().oauth2(DevTokens.person("ops@example.com", List.of("admin"), List.of())).body(silence())
                .post("/api/v1/silences").then().statusCode(201).body("createdBy.name", equalTo("ops@example.com"))
                .extract().jsonPath().getLong("id");

        given().get("/api/v1/silences/" + id).then().statusCode(200).body("active", equalTo(true));
        given().delete("/api/v1/silences/" + id).then().statusCode(204);
        given().delete("/api/v1/silences/" + id).then().statusCode(204);
        given().get("/api/v1/silences/" + id).then().body("active", equalTo(false));
        given().get("/api/v1/silences/999999").then().statusCode(404);
    }

    @Test
    void unknownAlertsAndBadFiltersAreClearErrors() {
        given().contentType("application/json").body(Map.of("note", "x")).post("/api/v1/alerts/999999/ack").then()
                .statusCode(404);
        given().contentType("application/json").body(Map.of("note", "n".repeat(1001))).post("/api/v1/alerts/1/ack").then()
                .statusCode(400).body("errors[0].field", equalTo("note"));
        given().queryParam("state", "OPEN").get("/api/v1/alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().queryParam("status", "BROKEN").get("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("status", "GREEN").get("/api/v1/scorecard").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().get("/api/v1/evaluations/999999").then().statusCode(404);
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String field, String message) {
        return Arguments.of(description, change, field, message);
    }
}
