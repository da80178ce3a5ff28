package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static com.kpiplatform.definition.rest.OkrFixtures.createKeyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.createObjective;
import static com.kpiplatform.definition.rest.OkrFixtures.keyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.objective;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule of objectives, key results and check-ins: a 400 naming the field, and nothing stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class OkrValidationTest extends AtMidQuarter {

    private static final String[] TABLES = {"objective", "key_result", "check_in", "linked_kpi_value"};

    @Inject
    DataSource dataSource;


    static Stream<Arguments> invalidObjectives() {
        return Stream.of(
                invalid("blank title", o -> o.put("title", " "), "title", "must not be blank"),
                invalid("title over 200 characters", o -> o.put("title", "t".repeat(201)), "title", "size must be between 0 and 200"),
                invalid("description over 2000 characters", o -> o.put("description", "d".repeat(2001)), "description", "size"),
                invalid("missing period", o -> o.remove("period"), "period", "must not be blank"),
                invalid("a month as period", o -> o.put("period", "2026-11"), "period", "must be a quarter (2026-Q4), a half year (2026-H1) or a year (2026)"),
                invalid("a fifth quarter", o -> o.put("period", "2026-Q5"), "period", "must be a quarter"),
                invalid("a third half", o -> o.put("period", "2026-H3"), "period", "must be a quarter"),
                invalid("a year before 1970", o -> o.put("period", "1969"), "period", "between 1970 and 2999"),
                invalid("unknown time zone", o -> o.put("timeZone", "Mars/Olympus"), "timeZone", "IANA time zone"),
                invalid("missing level", o -> o.remove("level"), "level", "must not be null"),
                invalid("unknown level", o -> o.put("level", "GALAXY"), "level", "COMPANY, TEAM, INDIVIDUAL"),
                invalid("missing owner", o -> o.remove("owner"), "owner", "must not be null"),
                invalid("owner without team", o -> owner(o).remove("team"), "owner.team", "must not be blank"),
                invalid("owner email malformed", o -> owner(o).put("email", "ana.example.com"), "owner.email", "well-formed email"),
                invalid("parent id 0", o -> o.put("parentId", 0), "parentId", "must be greater than 0"),
                invalid("unknown parent", o -> o.put("parentId", 987654321), "parentId", "no objective with id 987654321"),
                invalid("archived parent", o -> o.put("parentId", archivedObjective()), "parentId", "is archived"),
                invalid("unknown property", o -> o.put("colour", "red"), "colour", "unknown property"));
    }

    static Stream<Arguments> invalidKeyResults() {
        return Stream.of(
                invalid("blank title", k -> k.put("title", ""), "title", "must not be blank"),
                invalid("title over 200 characters", k -> k.put("title", "t".repeat(201)), "title", "size must be between 0 and 200"),
                invalid("missing start", k -> k.remove("start"), "start", "must not be null"),
                invalid("missing target", k -> k.remove("target"), "target", "must not be null"),
                invalid("target equal to start", k -> k.put("target", 0), "target", "must differ from start"),
                invalid("start as text", k -> k.put("start", "zero"), "start", "must be a number"),
                invalid("target with 16 integer digits", k -> k.put("target", 1234567890123456L), "target", "numeric value out of bounds"),
                invalid("missing unit", k -> k.remove("unit"), "unit", "must not be blank"),
                invalid("weight of 0", k -> k.put("weight", 0), "weight", "must be greater than 0"),
                invalid("negative weight", k -> k.put("weight", -2), "weight", "must be greater than 0"),
                invalid("weight over 1000", k -> k.put("weight", 1001), "weight", "must be less than or equal to 1000"),
                invalid("malformed KPI key", k -> k.put("kpiKey", "Sales MRR"), "kpiKey", "must be a KPI key"),
                invalid("unknown KPI", k -> k.put("kpiKey", "no.such-kpi"), "kpiKey", "no KPI with key 'no.such-kpi'"),
                invalid("unknown property", k -> k.put("owner", "me"), "owner", "unknown property"));
    }

    static Stream<Arguments> invalidCheckIns() {
        return Stream.of(
                invalid("missing value", c -> c.remove("value"), "value", "must not be null"),
                invalid("value as text", c -> c.put("value", "six"), "value", "must be a number"),
                invalid("value with 16 integer digits", c -> c.put("value", 1234567890123456L), "value", "numeric value out of bounds"),
                invalid("confidence over 10", c -> c.put("confidence", 11), "confidence", "must be less than or equal to 10"),
                invalid("negative confidence", c -> c.put("confidence", -1), "confidence", "must be greater than or equal to 0"),
                invalid("note over 2000 characters", c -> c.put("note", "n".repeat(2001)), "note", "size must be between 0 and 2000"),
                invalid("unknown property", c -> c.put("author", "me"), "author", "unknown property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidObjectives")
    void rejectsInvalidObjectivesOnCreate(String description, Consumer<Map<String, Object>> change, String field,
            String message) {
        Map<String, Object> body = objective(uniqueKey("okr"));
        change.accept(body);

        assertRejected("/api/v1/objectives", "POST", body, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidObjectives")
    void rejectsInvalidObjectivesOnUpdateAndChangesNothing(String description, Consumer<Map<String, Object>> change,
            String field, String message) {
        long id = createObjective(objective(uniqueKey("okr")));
        Map<String, Object> body = objective(uniqueKey("okr"));
        change.accept(body);
        String before = given().get("/api/v1/objectives/" + id).asString();

        assertRejected("/api/v1/objectives/" + id, "PUT", body, field, message);

        assertThat(given().get("/api/v1/objectives/" + id).asString()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidKeyResults")
    void rejectsInvalidKeyResultsOnCreate(String description, Consumer<Map<String, Object>> change, String field,
            String message) {
        long objective = createObjective(objective(uniqueKey("okr")));
        Map<String, Object> body = keyResult(0, 10);
        change.accept(body);

        assertRejected("/api/v1/objectives/" + objective + "/key-results", "POST", body, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidKeyResults")
    void rejectsInvalidKeyResultsOnUpdateAndChangesNothing(String description, Consumer<Map<String, Object>> change,
            String field, String message) {
        long keyResult = createKeyResult(createObjective(objective(uniqueKey("okr"))), keyResult(0, 10));
        Map<String, Object> body = keyResult(0, 10);
        change.accept(body);
        String before = given().get("/api/v1/key-results/" + keyResult).asString();

        assertRejected("/api/v1/key-results/" + keyResult, "PUT", body, field, message);

        assertThat(given().get("/api/v1/key-results/" + keyResult).asString()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCheckIns")
    void rejectsInvalidCheckIns(String description, Consumer<Map<String, Object>> change, String field, String message) {
        long keyResult = createKeyResult(createObjective(objective(uniqueKey("okr"))), keyResult(0, 10));
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("value", 5, "confidence", 7, "note", "fine"));
        change.accept(body);

        assertRejected("/api/v1/key-results/" + keyResult + "/check-ins", "POST", body, field, message);
    }

    private void assertRejected(String path, String method, Map<String, Object> body, String field, String message) {
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().request(method, path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> owner(Map<String, Object> objective) {
        return (Map<String, Object>) objective.get("owner");
    }

    private static long archivedObjective() {
        long id = createObjective(objective(uniqueKey("okr")));
        given().delete("/api/v1/objectives/" + id).then().statusCode(204);
        return id;
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String field, String message) {
        return Arguments.of(description, change, field, message);
    }
}
