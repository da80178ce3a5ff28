package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
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
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule of a KPI definition: a 400 naming the field, and nothing stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class KpiValidationTest {

    private static final String[] TABLES = {"kpi", "kpi_target", "kpi_change", "kpi_review"};

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("key with upper case", k -> k.put("key", "Sales.MRR"), "key", "lower-case letters"),
                invalid("key of one character", k -> k.put("key", "s"), "key", "2 to 64 characters"),
                invalid("key starting with a dot", k -> k.put("key", ".sales"), "key", "starting with a letter or digit"),
                invalid("key over 64 characters", k -> k.put("key", "k" + "x".repeat(64)), "key", "2 to 64"),
                invalid("missing key", k -> k.remove("key"), "key", "must not be blank"),
                invalid("blank name", k -> k.put("name", " "), "name", "must not be blank"),
                invalid("name over 200 characters", k -> k.put("name", "n".repeat(201)), "name", "size must be between 0 and 200"),
                invalid("description over 2000 characters", k -> k.put("description", "d".repeat(2001)), "description", "size"),
                invalid("missing unit", k -> k.remove("unit"), "unit", "must not be blank"),
                invalid("unknown category", k -> k.put("category", "SPORTS"), "category", "must be one of SALES, MARKETING"),
                invalid("missing level", k -> k.remove("level"), "level", "must not be null"),
                invalid("unknown indicator type", k -> k.put("indicatorType", "LAGGY"), "indicatorType", "LEADING, LAGGING"),
                invalid("unknown direction", k -> k.put("direction", "UP"), "direction", "HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE"),
                invalid("unknown aggregation", k -> k.put("aggregation", "MEDIAN"), "aggregation", "SUM, COUNT, AVG, MIN, MAX, LAST"),
                invalid("unknown period", k -> k.put("period", "HOURLY"), "period", "DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY"),
                invalid("unknown time zone", k -> k.put("timeZone", "Mars/Olympus"), "timeZone", "IANA time zone"),
                invalid("raw offset as time zone", k -> k.put("timeZone", "+02:00"), "timeZone", "IANA time zone"),
                invalid("missing time zone", k -> k.remove("timeZone"), "timeZone", "must not be null"),
                invalid("target as text", k -> k.put("defaultTarget", "lots"), "defaultTarget", "must be a number"),
                invalid("target with 16 integer digits", k -> k.put("defaultTarget", 1234567890123456L), "defaultTarget", "numeric value out of bounds"),
                invalid("range on a HIGHER_IS_BETTER KPI", k -> k.put("range", Map.of("min", 1, "max", 2)), "range", "only WITHIN_RANGE KPIs have a range"),
                invalid("WITHIN_RANGE without range", k -> {
                    k.put("direction", "WITHIN_RANGE");
                    k.remove("defaultTarget");
                }, "range", "is required for WITHIN_RANGE KPIs"),
                invalid("WITHIN_RANGE with min equal to max", k -> {
                    k.put("direction", "WITHIN_RANGE");
                    k.remove("defaultTarget");
                    k.put("range", Map.of("min", 5, "max", 5));
                }, "range.max", "must be greater than range.min (5)"),
                invalid("WITHIN_RANGE with min above max", k -> {
                    k.put("direction", "WITHIN_RANGE");
                    k.remove("defaultTarget");
                    k.put("range", Map.of("min", 9, "max", 5));
                }, "range.max", "must be greater than range.min"),
                invalid("WITHIN_RANGE with a default target", k -> {
                    k.put("direction", "WITHIN_RANGE");
                    k.put("range", Map.of("min", 1, "max", 5));
                }, "defaultTarget", "take no targets"),
                invalid("range without max", k -> {
                    k.put("direction", "WITHIN_RANGE");
                    k.remove("defaultTarget");
                    k.put("range", Map.of("min", 1));
                }, "range.max", "must not be null"),
                invalid("amber tolerance of 0", k -> k.put("thresholds", Map.of("amberTolerancePercent", 0)),
                        "thresholds.amberTolerancePercent", "must be greater than 0"),
                invalid("amber tolerance over 100", k -> k.put("thresholds", Map.of("amberTolerancePercent", 150)),
                        "thresholds.amberTolerancePercent", "must be less than or equal to 100"),
                invalid("staleAfter not a duration", k -> k.put("staleAfter", "two days"), "staleAfter", "ISO-8601 duration"),
                invalid("staleAfter of zero", k -> k.put("staleAfter", "PT0S"), "staleAfter", "must be longer than or equal to 1 minute"),
                invalid("staleAfter over 400 days", k -> k.put("staleAfter", "P401D"), "staleAfter", "must be shorter than or equal to 400 days"),
                invalid("owner email malformed", k -> KpiFixtures.owner(k).put("email", "ana.example.com"), "owner.email", "well-formed email"),
                invalid("owner without team", k -> KpiFixtures.owner(k).remove("team"), "owner.team", "must not be blank"),
                invalid("21 tags", k -> k.put("tags", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()), "tags", "size must be between 0 and 20"),
                invalid("tag over 50 characters", k -> k.put("tags", List.of("ok", "t".repeat(51))), "tags[1]", "size must be between 0 and 50"),
                invalid("tag with a slash", k -> k.put("tags", List.of("a/b")), "tags[0]", "must be letters, digits"),
                invalid("blank tag", k -> k.put("tags", List.of(" ")), "tags[0]", "must not be blank"),
                invalid("unknown review cadence", k -> k.put("reviewEvery", "WEEKLY"), "reviewEvery", "MONTHLY, QUARTERLY"),
                invalid("unknown property", k -> k.put("colour", "red"), "colour", "unknown property"),
                invalid("formula with a syntax error", k -> k.put("formula", "[sales.revenue] +"), "formula", "is not a valid expression"),
                invalid("formula over unknown KPIs", k -> k.put("formula", "[no.such-kpi] * 2"), "formula", "references unknown KPIs: no.such-kpi"),
                invalid("formula that references itself", k -> k.put("formula", "[" + k.get("key") + "] + 1"), "formula", "dependency cycle"));
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String field, String message) {
        return Arguments.of(description, change, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void rejectsInvalidDefinitionOnCreateNamingTheFieldAndStoresNothing(String description,
            Consumer<Map<String, Object>> change, String field, String message) {
        Map<String, Object> kpi = kpi(uniqueKey("valid.kpi"));
        change.accept(kpi);
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON).body(kpi)
                .when().post("/api/v1/kpis")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kpi-platform:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void rejectsInvalidDefinitionOnUpdateAndChangesNothing(String description, Consumer<Map<String, Object>> change,
            String field, String message) {
        String key = create(kpi(uniqueKey("valid.kpi")));
        Map<String, Object> kpi = kpi(key);
        change.accept(kpi);
        if (field.equals("key")) {
            return; // on update the key comes from the path; covered by KpiCrudTest.theKeyIsImmutable
        }
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);
        String beforeBody = given().get("/api/v1/kpis/" + key).asString();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(kpi)
                .when().put("/api/v1/kpis/" + key)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
        assertThat(given().get("/api/v1/kpis/" + key).asString()).isEqualTo(beforeBody);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void rejectsMalformedBodies(String description, String body, int status) {
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/kpis")
                .then().statusCode(status)
                .contentType("application/problem+json");

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("empty body", "", 400),
                Arguments.of("truncated JSON", "{\"key\": \"sales.x\", ", 400),
                Arguments.of("an array", "[]", 400),
                Arguments.of("null", "null", 400));
    }
}
