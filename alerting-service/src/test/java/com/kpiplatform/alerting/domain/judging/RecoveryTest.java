package com.kpiplatform.alerting.domain.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.JudgingRules;
import com.kpiplatform.alerting.domain.kpi.PeriodWindow;
import com.kpiplatform.alerting.domain.kpi.Range;
import com.kpiplatform.alerting.domain.kpi.Target;
import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryTest {

    private static KpiFacts kpi(Direction direction) {
        boolean range = direction == Direction.WITHIN_RANGE;
        JudgingRules rules = new JudgingRules(direction, Aggregation.LAST, PeriodType.MONTHLY, BigDecimal.TEN,
                range ? new Range(new BigDecimal("30"), new BigDecimal("50")) : null, null);
        return new KpiFacts(rules, new Target(range ? null : new BigDecimal("100"), null), null, null,
                new PeriodWindow("1970-01", Instant.EPOCH, Instant.EPOCH.plusSeconds(1)));
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
