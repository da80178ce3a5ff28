package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final MeasurementRules RULES = new MeasurementRules(new MeasurementLimits(2, 8, 5, Duration.ofMinutes(5)));

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "sales.mrr | 2026-11-21T12:05:00Z      | 1     | ''",
            "sales.mrr | 2026-11-21T12:05:01Z      | 1     | [0].timestamp: is more than PT5M in the future",
            "sales.mrr | 2026-11-21T13:04:00+01:00 | 1     | ''",
            "sales.mrr | 2026-11-21T12:00:00       | 1     | [0].timestamp: must be an ISO-8601 timestamp with an offset",
            "Sales     | 2026-11-21T12:00:00Z      | 1     | [0].kpiKey: is not a KPI key",
            "sales.mrr | 2026-11-21T12:00:00Z      | 1e20  | [0].value: must be between -1e20 and 1e20",
            "sales.mrr | 2026-11-21T12:00:00Z      | -1e19 | ''",
            "sales.mrr | 2026-11-21T12:00:00Z      |       | [0].value: must not be null",
    })
    void checksKeyTimestampAndValue(String key, String timestamp, BigDecimal value, String expected) {
        var input = new MeasurementInput("[0]", key, timestamp, value, Map.of(), List.of());

        List<String> violations = RULES.violations(input, NOW).stream().map(v -> v.field() + ": " + v.message()).toList();

        if (expected.isEmpty()) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> assertThat(v).startsWith(expected));
        }
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "region    | eu     | ''",
            "Region    | eu     | dimensions.Region: name must be 1 to 8 characters",
            "regions_x | eu     | dimensions.regions_x: name must be 1 to 8 characters",
            "region    | europe | dimensions.region: value must be 1 to 5 characters",
    })
    void boundsDimensions(String name, String value, String expected) {
        var input = new MeasurementInput(null, "sales.mrr", "2026-11-21T12:00:00Z", BigDecimal.ONE, Map.of(name, value), List.of());

        List<Violation> violations = RULES.violations(input, NOW);

        if (expected.isEmpty()) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(v -> v.field() + ": " + v.message()).singleElement()
                    .satisfies(v -> assertThat(v).startsWith(expected));
        }
    }

    @ParameterizedTest(name = "{0} dimensions")
    @CsvSource({"2, false", "3, true"})
    void boundsTheNumberOfDimensions(int count, boolean rejected) {
        Map<String, String> dimensions = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            dimensions.put("d" + i, "v");
        }
        var input = new MeasurementInput(null, "sales.mrr", "2026-11-21T12:00:00Z", BigDecimal.ONE, dimensions, List.of());

        assertThat(RULES.violations(input, NOW)).extracting(Violation::field)
                .containsExactlyElementsOf(rejected ? List.of("dimensions") : List.of());
    }
}
