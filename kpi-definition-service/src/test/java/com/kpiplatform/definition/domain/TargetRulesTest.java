package com.kpiplatform.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetRulesTest {

    @ParameterizedTest(name = "{0}: target {1}, stretch {2} -> {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 100, 120, ''",
            "HIGHER_IS_BETTER, 100, 100, must be above the target (100)",
            "HIGHER_IS_BETTER, 100, 90,  must be above the target (100)",
            "LOWER_IS_BETTER,  200, 150, ''",
            "LOWER_IS_BETTER,  200, 250, must be below the target (200)",
            "HIGHER_IS_BETTER, -5,  -1,  ''",
    })
    void stretchLiesBeyondTheTargetInTheKpisDirection(Direction direction, BigDecimal target, BigDecimal stretch,
            String problem) {
        assertThat(TargetRules.stretchProblem(direction, target, stretch).orElse("")).startsWith(problem);
    }

    @org.junit.jupiter.api.Test
    void withinRangeKpisTakeNoTargets() {
        assertThat(TargetRules.targetsNotAllowed(Direction.WITHIN_RANGE)).isPresent();
        assertThat(TargetRules.targetsNotAllowed(Direction.LOWER_IS_BETTER)).isEmpty();
    }
}
