package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.measurement.domain.RollupCorrection.Point;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table: a group's measurements before (hour=value), a write (hour=value, replacing equal hours),
 * and whether the correction can tell the result without recomputing. When it can, it must equal
 * the aggregate of the measurements after the write.
 */
class RollupCorrectionTest {

    @ParameterizedTest(name = "before {0}, write {1}: known {2}")
    @CsvSource(delimiter = '|', value = {
            "1=10;2=20;3=30 | 4=40           | true",
            "1=10;2=20;3=30 | 2=25           | true",
            "1=10;2=20;3=30 | 3=5            | false",
            "1=10;2=20;3=30 | 0=1;3=31       | true",
            "1=10;2=20;3=30 | 1=15           | false",
            "1=10;2=20;3=30 | 1=15;5=2       | true",
            "1=10;2=20;3=30 | 3=29           | false",
            "1=10;2=20;3=30 | 3=29;4=35      | true",
            "1=10;2=20;3=30 | 1=10           | true",
            "               | 1=10;2=20      | true",
    })
    void correctsTheRollupOrSaysItCannot(String before, String write, boolean known) {
        Map<Integer, BigDecimal> stored = points(before);
        Map<Integer, BigDecimal> written = points(write);
        PeriodAggregate current = aggregate(stored);
        List<Point> replaced = new ArrayList<>();
        written.keySet().stream().filter(stored::containsKey).forEach(hour -> replaced.add(point(hour, stored.get(hour))));
        Map<Integer, BigDecimal> after = new LinkedHashMap<>(stored);
        after.putAll(written);

        Optional<PeriodAggregate> corrected = RollupCorrection.apply(current,
                written.entrySet().stream().map(e -> point(e.getKey(), e.getValue())).toList(), replaced);

        assertThat(corrected.isPresent()).isEqualTo(known);
        corrected.ifPresent(c -> {
            PeriodAggregate expected = aggregate(after);
            for (Aggregation aggregation : Aggregation.values()) {
                assertThat(c.value(aggregation)).as(aggregation.name()).isEqualByComparingTo(expected.value(aggregation));
            }
            assertThat(c.first()).isEqualTo(expected.first());
            assertThat(c.last()).isEqualTo(expected.last());
        });
    }

    private static Map<Integer, BigDecimal> points(String text) {
        Map<Integer, BigDecimal> points = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(";")).map(p -> p.split("="))
                    .forEach(p -> points.put(Integer.parseInt(p[0].strip()), new BigDecimal(p[1].strip())));
        }
        return points;
    }

    private static PeriodAggregate aggregate(Map<Integer, BigDecimal> points) {
        return points.entrySet().stream().map(e -> PeriodAggregate.of(hour(e.getKey()), e.getValue()))
                .reduce(PeriodAggregate::merge).orElse(null);
    }

    private static Point point(int hour, BigDecimal value) {
        return new Point(hour(hour), value);
    }

    private static Instant hour(int hour) {
        return Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * hour);
    }
}
