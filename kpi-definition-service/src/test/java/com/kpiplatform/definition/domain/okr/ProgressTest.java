package com.kpiplatform.definition.domain.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

    @ParameterizedTest(name = "from {0} to {1}, at {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "0,   100, 50,   0.5000",
            "0,   100, 100,  1.0000",
            "0,   100, 130,  1.0000",
            "0,   100, -20,  0.0000",
            "200, 100, 150,  0.5000",
            "200, 100, 100,  1.0000",
            "200, 100, 80,   1.0000",
            "200, 100, 250,  0.0000",
            "8,   5,   7.25, 0.2500",
            "-10, 10,  0,    0.5000",
            "0,   3,   1,    0.3333",
            "0,   100, null, 0.0000"})
    void progressIsTheShareOfTheWayFromStartToTargetClampedToZeroAndOne(BigDecimal start, BigDecimal target,
            BigDecimal current, BigDecimal progress) {
        assertThat(Progress.of(start, target, current)).isEqualByComparingTo(progress);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'0.5:1 1.0:1',       0.7500",
            "'0.5:3 1.0:1',       0.6250",
            "'0.2:0.5 0.8:1.5',   0.6500",
            "'0.3333:1',          0.3333",
            "'0:1 0:2 0:1',       0.0000"})
    void anObjectiveIsTheWeightedMeanOfItsKeyResults(String keyResults, BigDecimal progress) {
        List<Progress.Weighted> weighted = Arrays.stream(keyResults.split(" ")).map(kr -> kr.split(":"))
                .map(p -> new Progress.Weighted(new BigDecimal(p[0]), new BigDecimal(p[1]))).toList();

        assertThat(Progress.weightedMean(weighted)).isEqualByComparingTo(progress);
    }

    @Test
    void anObjectiveWithoutKeyResultsHasNoProgress() {
        assertThat(Progress.weightedMean(List.of())).isNull();
    }
}
