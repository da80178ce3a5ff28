package com.kpiplatform.definition.domain.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OkrStatusRulesTest {

    private final OkrStatusRules rules = new OkrStatusRules(0.1, 0.25);

    @ParameterizedTest(name = "progress {0} with {1} elapsed, confidence {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "0.0,  0.0,  null, ON_TRACK",
            "0.0,  0.1,  null, ON_TRACK",
            "0.0,  0.11, null, AT_RISK",
            "0.5,  0.5,  null, ON_TRACK",
            "0.3,  0.5,  null, AT_RISK",
            "0.25, 0.5,  null, AT_RISK",
            "0.2,  0.5,  null, OFF_TRACK",
            "1.0,  1.0,  null, ON_TRACK",
            "0.85, 1.0,  null, AT_RISK",
            "0.7,  1.0,  null, OFF_TRACK",
            "0.9,  0.5,  7,    ON_TRACK",
            "0.9,  0.5,  6,    AT_RISK",
            "0.9,  0.5,  4,    AT_RISK",
            "0.9,  0.5,  3,    OFF_TRACK",
            "0.9,  0.5,  0,    OFF_TRACK",
            "0.2,  0.5,  10,   OFF_TRACK",
            "0.3,  0.5,  2,    OFF_TRACK"})
    void progressAgainstElapsedTimeAndConfidenceGiveTheWorseStatus(BigDecimal progress, double elapsed,
            Integer confidence, OkrStatus status) {
        assertThat(rules.keyResult(progress, elapsed, confidence)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "ON_TRACK,  AT_RISK,   AT_RISK",
            "OFF_TRACK, AT_RISK,   OFF_TRACK",
            "ON_TRACK,  ON_TRACK,  ON_TRACK",
            "AT_RISK,   OFF_TRACK, OFF_TRACK"})
    void anObjectiveTakesTheWorstStatus(OkrStatus one, OkrStatus other, OkrStatus worst) {
        assertThat(one.worse(other)).isEqualTo(worst);
        assertThat(other.worse(one)).isEqualTo(worst);
    }

    @Test
    void gapsMustBeOrdered() {
        assertThatThrownBy(() -> new OkrStatusRules(0.3, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
