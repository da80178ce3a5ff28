package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodAggregateTest {

    private static final List<PeriodAggregate> PARTS = List.of(
            PeriodAggregate.of(Instant.parse("2026-11-02T00:00:00Z"), new BigDecimal("10")),
            PeriodAggregate.of(Instant.parse("2026-11-09T00:00:00Z"), new BigDecimal("4")),
            PeriodAggregate.of(Instant.parse("2026-11-01T00:00:00Z"), new BigDecimal("7")));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"SUM, 21", "COUNT, 3", "AVG, 7", "MIN, 4", "MAX, 10", "LAST, 4"})
    void mergedPartsAnswerEveryAggregation(Aggregation aggregation, BigDecimal expected) {
        PeriodAggregate whole = PARTS.stream().reduce(PeriodAggregate::merge).orElseThrow();

        assertThat(whole.value(aggregation)).isEqualByComparingTo(expected);
        assertThat(whole.first()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(whole.last()).isEqualTo(Instant.parse("2026-11-09T00:00:00Z"));
    }

    @ParameterizedTest(name = "merging in order {0}")
    @CsvSource({"0;1;2", "2;1;0", "1;2;0"})
    void mergeOrderDoesNotMatter(String order) {
        PeriodAggregate merged = null;
        for (String index : order.split(";")) {
            PeriodAggregate part = PARTS.get(Integer.parseInt(index));
            merged = merged == null ? part : merged.merge(part);
        }

        assertThat(merged.value(Aggregation.LAST)).isEqualByComparingTo("4");
        assertThat(merged.value(Aggregation.SUM)).isEqualByComparingTo("21");
    }

    @ParameterizedTest(name = "AVG of 1, 1, 2 keeps 34 digits")
    @CsvSource({"AVG, 1.333333333333333333333333333333333"})
    void averagesKeepPrecisionWithoutTrailingZeros(Aggregation aggregation, BigDecimal expected) {
        PeriodAggregate whole = PeriodAggregate.of(Instant.EPOCH, BigDecimal.ONE)
                .merge(PeriodAggregate.of(Instant.EPOCH.plusSeconds(1), BigDecimal.ONE))
                .merge(PeriodAggregate.of(Instant.EPOCH.plusSeconds(2), BigDecimal.valueOf(2)));

        assertThat(whole.value(aggregation)).isEqualTo(expected);
        assertThat(PeriodAggregate.of(Instant.EPOCH, new BigDecimal("2.50")).value(Aggregation.AVG)).isEqualTo(new BigDecimal("2.5"));
    }
}
