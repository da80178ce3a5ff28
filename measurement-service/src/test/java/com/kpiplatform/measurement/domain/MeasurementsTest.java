package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

    @Test
    void keepsTheLaterOfEqualKeysInStorageOrder() {
        Measurement first = measurement("b.kpi", "2026-11-02T00:00:00Z", "1");
        Measurement other = measurement("a.kpi", "2026-11-03T00:00:00Z", "2");
        Measurement replacement = measurement("b.kpi", "2026-11-02T00:00:00Z", "3");

        assertThat(Measurements.latestPerKey(List.of(first, other, replacement)))
                .extracting(m -> m.kpiKey() + "=" + m.value())
                .containsExactly("a.kpi=2", "b.kpi=3");
    }

    private static Measurement measurement(String key, String timestamp, String value) {
        return new Measurement(key, Instant.parse(timestamp), new TreeMap<>(), new BigDecimal(value));
    }
}
