package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.support.formula.Formula;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActualTest {

    private static final Formula ROI = Formula.parse("([rev] - [spend]) / [spend]");

    @ParameterizedTest
    @EnumSource(value = Aggregation.class, names = "COUNT", mode = EnumSource.Mode.EXCLUDE)
    void noMeasurementsMeansNoValueNotZero(Aggregation aggregation) {
        Actual actual = Actual.of(null, aggregation, "2026-11");

        assertThat(actual.value()).isNull();
        assertThat(actual.reason()).isEqualTo("no measurements in 2026-11");
    }

    @Test
    void aCountOfNoMeasurementsIsZero() {
        assertThat(Actual.of(null, Aggregation.COUNT, "2026-11").value()).isZero();
    }

    @Test
    void aFormulaCombinesItsComponentsValues() {
        Actual actual = Actual.calculated(ROI, Map.of(
                "rev", actual("500", 3, "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"),
                "spend", actual("100", 2, "2026-11-05T00:00:00Z", "2026-11-21T00:00:00Z")));

        assertThat(actual.value()).isEqualByComparingTo("4");
        assertThat(actual.count()).isEqualTo(5);
        assertThat(actual.firstMeasurementAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(actual.lastMeasurementAt()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void aMissingComponentLeavesTheFormulaWithoutValueAndSaysWhich() {
        Actual actual = Actual.calculated(ROI, Map.of(
                "rev", actual("500", 3, "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"),
                "spend", new Actual(null, 0, null, null, "no measurements in 2026-11")));

        assertThat(actual.value()).isNull();
        assertThat(actual.reason()).isEqualTo("no value for spend: no measurements in 2026-11");
    }

    @Test
    void aDivisionByZeroLeavesTheFormulaWithoutValue() {
        Actual actual = Actual.calculated(ROI, Map.of(
                "rev", actual("500", 3, "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"),
                "spend", actual("0", 1, "2026-11-05T00:00:00Z", "2026-11-05T00:00:00Z")));

        assertThat(actual.value()).isNull();
        assertThat(actual.reason()).contains("division by zero");
    }

    private static Actual actual(String value, long count, String first, String last) {
        return new Actual(new BigDecimal(value), count, Instant.parse(first), Instant.parse(last), null);
    }
}
