package com.kpiplatform.definition.domain.okr;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.definition.domain.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedKpiValueTest {

    /** October 10 from 4 measurements, November 20 from 1, December without measurements. */
    private static final List<LinkedKpiValue.Part> QUARTER = List.of(
            new LinkedKpiValue.Part("2026-10", new BigDecimal("10"), 4),
            new LinkedKpiValue.Part("2026-11", new BigDecimal("20"), 1),
            new LinkedKpiValue.Part("2026-12", null, 0));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"SUM, 30", "COUNT, 30", "MIN, 10", "MAX, 20", "LAST, 20", "AVG, 12"})
    void periodsCombineByTheKpisAggregation(Aggregation aggregation, BigDecimal value) {
        LinkedKpiValue.Result result = LinkedKpiValue.combine(aggregation, false, QUARTER);

        assertThat(result.value()).isEqualByComparingTo(value);
        assertThat(result.reason()).isNull();
    }

    @Test
    void aCalculatedKpiTakesItsLatestValueBecauseRatiosDoNotAdd() {
        assertThat(LinkedKpiValue.combine(Aggregation.SUM, true, QUARTER).value()).isEqualByComparingTo("20");
    }

    @Test
    void noValueInAnyPeriodIsNoValueWithAReason() {
        List<LinkedKpiValue.Part> empty = new ArrayList<>(List.of(new LinkedKpiValue.Part("2026-10", null, 0),
                new LinkedKpiValue.Part("2026-11", null, 0)));

        LinkedKpiValue.Result result = LinkedKpiValue.combine(Aggregation.SUM, false, empty);

        assertThat(result.value()).isNull();
        assertThat(result.reason()).isEqualTo("no actual for the KPI in 2026-10 to 2026-11");
        assertThat(LinkedKpiValue.combine(Aggregation.SUM, false, empty.subList(0, 1)).reason())
                .isEqualTo("no actual for the KPI in 2026-10");
    }
}
