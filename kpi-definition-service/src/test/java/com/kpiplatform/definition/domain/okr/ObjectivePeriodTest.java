package com.kpiplatform.definition.domain.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectivePeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-04-01",
            "2026-Q4, 2026-10-01, 2027-01-01",
            "2026-H1, 2026-01-01, 2026-07-01",
            "2026-H2, 2026-07-01, 2027-01-01",
            "2026,    2026-01-01, 2027-01-01",
            "2024-Q1, 2024-01-01, 2024-04-01"})
    void keysNameTheirDates(String key, LocalDate start, LocalDate end) {
        ObjectivePeriod period = ObjectivePeriod.parse(key);

        assertThat(period.startDate()).isEqualTo(start);
        assertThat(period.endDate()).isEqualTo(end);
        assertThat(period.key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "2026-Q5", "2026-Q0", "2026-H3", "2026-11", "2026-W47", "26-Q1", "2026-q4", "2026-H1 ",
            "2026-Q4-1"})
    void otherKeysAreRejectedWithTheExpectedFormats(String key) {
        assertThatThrownBy(() -> ObjectivePeriod.parse(key)).isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessageContaining("2026");
    }

    @ParameterizedTest(name = "\"{0}\" is out of range")
    @ValueSource(strings = {"1969", "3000-Q1"})
    void yearsOutOfRangeAreRejected(String key) {
        assertThatThrownBy(() -> ObjectivePeriod.parse(key)).isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessage("must be a year between 1970 and 2999");
    }

    @Test
    void aMissingKeyIsRejected() {
        assertThatThrownBy(() -> ObjectivePeriod.parse(null)).isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessage(ObjectivePeriod.EXPECTATION);
    }

    @ParameterizedTest(name = "at {0} {1} has elapsed")
    @CsvSource({
            "2026-09-30T21:59:59Z, 0.0",
            "2026-09-30T22:00:00Z, 0.0",
            "2026-11-15T23:00:00Z, 0.5",
            "2026-12-31T23:00:00Z, 1.0",
            "2027-03-01T00:00:00Z, 1.0"})
    void elapsedShareFollowsTheTimeZone(Instant now, double elapsed) {
        // 2026-Q4 in Berlin: 2026-10-01T00:00+02:00 to 2027-01-01T00:00+01:00, 92 days and one hour.
        ObjectivePeriod quarter = ObjectivePeriod.parse("2026-Q4");

        assertThat(quarter.elapsedAt(now, BERLIN)).isCloseTo(elapsed, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest(name = "closed at {0}: {1}")
    @CsvSource({"2026-12-31T22:59:59Z, false", "2026-12-31T23:00:00Z, true"})
    void closesAtLocalMidnightAfterItsLastDay(Instant now, boolean closed) {
        assertThat(ObjectivePeriod.parse("2026-Q4").isClosedAt(now, BERLIN)).isEqualTo(closed);
    }

    @ParameterizedTest(name = "{1} KPI periods of 2026-Q4 on {0}: {2}")
    @CsvSource({
            "2026-11-22, MONTHLY,   2026-10 2026-11",
            "2027-02-01, MONTHLY,   2026-10 2026-11 2026-12",
            "2026-09-01, MONTHLY,   2026-10",
            "2026-10-14, WEEKLY,    2026-W40 2026-W41 2026-W42",
            "2026-12-31, QUARTERLY, 2026-Q4",
            "2026-11-22, YEARLY,    2026",
            "2026-10-02, DAILY,     2026-10-01 2026-10-02"})
    void aKpiContributesItsPeriodsThatOverlapUpToToday(LocalDate today, PeriodType type, String keys) {
        assertThat(ObjectivePeriod.parse("2026-Q4").kpiPeriods(type, today)).extracting(Period::key)
                .containsExactly(keys.split(" "));
    }
}
