package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-21T09:30:00Z", "2026-11-21T09:30:00.5Z", "2026-11-21T09:30:00.123456789Z",
            "2026-11-21T09:30:00+01:00", "2026-11-21T09:30:00-05:30", "2026-03-29T02:30:00+02:00",
            "2024-02-29T23:59:59.999+14:00", "1970-01-01T00:00:00Z", "2026-11-21T09:30:00.10+00:00",
            "2026-11-21T09:30Z", "2026-11-21T09:30:00.Z", "2026-11-21t09:30:00z", "+12026-11-21T09:30:00Z",
    })
    void readsLikeJavaTime(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T09:30:00", "2026-02-30T09:30:00Z", "2026-11-21T24:00:00Z", "2026-11-21",
            "2026-11-21T09:30:00+25:00", "2026-13-01T00:00:00Z", "2026-11-21T09:30:00+0100"})
    void rejectsWhatJavaTimeRejects(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T09:30:00Z", "2026-11-21T09:30:00.5Z", "1999-01-02T03:04:05.000000007Z",
            "2026-11-21T09:30:00.120Z"})
    void writesLikeInstantToString(String text) {
        Instant instant = Instant.parse(text);
        StringBuilder out = new StringBuilder();

        Timestamps.append(out, instant);

        assertThat(Instant.parse(out)).isEqualTo(instant);
        assertThat(out.toString()).isEqualTo(instant.toString().replaceAll("(\\.\\d*?)0+Z$", "$1Z").replace(".Z", "Z"));
    }
}
