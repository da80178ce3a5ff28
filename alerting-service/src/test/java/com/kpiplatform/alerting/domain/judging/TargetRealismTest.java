package com.kpiplatform.alerting.domain.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.kpi.Direction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetRealismTest {

    /** Best 120, median 100 (higher is better); best 80 (lower is better). */
    private static final List<Double> HISTORY = List.of(90.0, 100.0, 110.0, 120.0, 80.0, 100.0);

    @ParameterizedTest(name = "{0} target {1} stretch {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "HIGHER_IS_BETTER, 150,  null, ''",
            "HIGHER_IS_BETTER, 181,  null, TARGET_BEYOND_BEST",
            "HIGHER_IS_BETTER, 110,  95,   STRETCH_MET_BY_MEDIAN",
            "HIGHER_IS_BETTER, 190,  100,  TARGET_BEYOND_BEST STRETCH_MET_BY_MEDIAN",
            "LOWER_IS_BETTER,  60,   null, ''",
            "LOWER_IS_BETTER,  50,   null, TARGET_BEYOND_BEST",
            "LOWER_IS_BETTER,  90,   100,  STRETCH_MET_BY_MEDIAN",
            "WITHIN_RANGE,     190,  null, ''"})
    void flagsTargetsOutOfReachAndStretchesThatAreNone(Direction direction, BigDecimal target, BigDecimal stretch,
            String codes) {
        List<TargetRealism.Finding> findings = TargetRealism.findings(direction, target, stretch, HISTORY, 6, 1.5);

        assertThat(findings).extracting(TargetRealism.Finding::code)
                .containsExactly(codes.isBlank() ? new String[0] : codes.split(" "));
    }

    @Test
    void aShortHistoryJudgesNothing() {
        assertThat(TargetRealism.findings(Direction.HIGHER_IS_BETTER, new BigDecimal("1000"), null,
                HISTORY.subList(0, 5), 6, 1.5)).isEmpty();
    }
}
