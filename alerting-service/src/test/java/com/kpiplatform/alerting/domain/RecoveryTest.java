package com.kpiplatform.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryTest {

    private static KpiFacts kpi(Direction direction) {
        boolean range = direction == Direction.WITHIN_RANGE;
        return new KpiFacts(direction, Aggregation.LAST, range ? null : new BigDecimal("100"), null,
                range ? new BigDecimal("30") : null, range ? new BigDecimal("50") : null, BigDecimal.TEN, null,
                null, null, Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
    }

    @ParameterizedTest(name = "{0} at {1}: clear {2}")
    @CsvSource({
            "HIGHER_IS_BETTER, 100,   false",
            "HIGHER_IS_BETTER, 101.9, false",
            "HIGHER_IS_BETTER, 102,   true",
            "LOWER_IS_BETTER,  100,   false",
            "LOWER_IS_BETTER,  98,    true",
            "WITHIN_RANGE,     30,    false",
            "WITHIN_RANGE,     30.4,  true",
            "WITHIN_RANGE,     49.6,  true",
            "WITHIN_RANGE,     49.7,  false"})
    void anAlertResolvesOnlyOnceTheValueClearsTheBoundaryByTheMargin(Direction direction, String value, boolean clear) {
        assertThat(Recovery.isClear(kpi(direction), new BigDecimal(value), new BigDecimal("2"))).isEqualTo(clear);
    }
}
