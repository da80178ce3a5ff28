package com.kpiplatform.alerting.domain.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobustScoreTest {

    private static final List<Double> HISTORY = List.of(100.0, 102.0, 98.0, 101.0, 99.0, 100.0, 103.0, 97.0);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"100, 0.0", "103, 1.349", "60, 17.987", "140, 17.987"})
    void scoresDistanceFromTheMedianInRobustDeviations(double value, double score) {
        // median 100, MAD 1.5, scale 2.2239
        assertThat(RobustScore.of(HISTORY, value, 6)).isCloseTo(score, within(0.001));
    }

    @Test
    void oneOutlierInTheHistoryDoesNotHideTheNext() {
        List<Double> withOutlier = List.of(100.0, 102.0, 98.0, 101.0, 99.0, 100.0, 103.0, 500.0);

        assertThat(RobustScore.of(withOutlier, 60, 6)).isGreaterThan(10);
    }

    @Test
    void aShortHistoryGivesNoScore() {
        assertThat(RobustScore.of(List.of(1.0, 2.0, 3.0), 100, 6)).isNull();
    }

    @Test
    void aMostlyConstantHistoryUsesTheMeanDeviationAndAConstantOneGivesNoScore() {
        assertThat(RobustScore.of(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 9.0), 20, 6)).isGreaterThan(3.5);
        assertThat(RobustScore.of(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0), 20, 6)).isNull();
    }
}
