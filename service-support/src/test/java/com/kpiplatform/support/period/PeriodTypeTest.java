package com.kpiplatform.support.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTypeTest {

    @ParameterizedTest(name = "{0} {1} runs from {2} to {3}")
    @CsvSource({
            "DAILY,     2026-11-21, 2026-11-21, 2026-11-22",
            "DAILY,     2028-02-29, 2028-02-29, 2028-03-01",
            "WEEKLY,    2026-W47,   2026-11-16, 2026-11-23",
            "WEEKLY,    2026-W01,   2025-12-29, 2026-01-05",
            "WEEKLY,    2026-W53,   2026-12-28, 2027-01-04",
            "WEEKLY,    2020-W53,   2020-12-28, 2021-01-04",
            "MONTHLY,   2026-11,    2026-11-01, 2026-12-01",
            "MONTHLY,   2026-02,    2026-02-01, 2026-03-01",
            "QUARTERLY, 2026-Q4,    2026-10-01, 2027-01-01",
            "QUARTERLY, 2026-Q1,    2026-01-01, 2026-04-01",
            "YEARLY,    2026,       2026-01-01, 2027-01-01",
    })
    void parsesKeysIntoCalendarPeriods(PeriodType type, String key, LocalDate start, LocalDate end) {
        Period period = type.parse(key);

        assertThat(period.key()).isEqualTo(key);
        assertThat(period.startDate()).isEqualTo(start);
        assertThat(period.endDate()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} {1} is rejected")
    @CsvSource({
            "DAILY,     2026-11,    must be a DAILY period key like 2026-11-21 (yyyy-MM-dd)",
            "DAILY,     2026-02-30, does not exist",
            "DAILY,     2026-1-05,  must be a DAILY period key",
            "WEEKLY,    2026-11,    must be a WEEKLY period key like 2026-W47",
            "WEEKLY,    2025-W53,   does not exist",
            "WEEKLY,    2026-W00,   does not exist",
            "WEEKLY,    2026-W7,    must be a WEEKLY period key",
            "MONTHLY,   2026-13,    does not exist",
            "MONTHLY,   2026-Q4,    must be a MONTHLY period key like 2026-11 (yyyy-MM)",
            "QUARTERLY, 2026-Q5,    must be a QUARTERLY period key like 2026-Q4",
            "QUARTERLY, 2026-11,    must be a QUARTERLY period key",
            "YEARLY,    26,         must be a YEARLY period key like 2026 (yyyy)",
            "YEARLY,    1900,       must be a year between 1970 and 2999",
            "MONTHLY,   ' 2026-11', must be a MONTHLY period key",
    })
    void rejectsKeysOfTheWrongShapeSayingWhatIsExpected(PeriodType type, String key, String message) {
        assertThatThrownBy(() -> type.parse(key))
                .isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{1} is in {0} period {2}")
    @CsvSource({
            "DAILY,     2026-11-21, 2026-11-21",
            "WEEKLY,    2026-11-21, 2026-W47",
            "WEEKLY,    2027-01-01, 2026-W53",
            "WEEKLY,    2024-12-30, 2025-W01",
            "MONTHLY,   2026-11-30, 2026-11",
            "QUARTERLY, 2026-11-21, 2026-Q4",
            "QUARTERLY, 2026-04-01, 2026-Q2",
            "YEARLY,    2026-12-31, 2026",
    })
    void findsThePeriodOfADate(PeriodType type, LocalDate date, String key) {
        assertThat(type.containing(date).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{1} at {2} falls in {0} {3}")
    @CsvSource({
            // 23:30 UTC on 31 Oct is already 1 Nov in Berlin (UTC+1 after the DST end on 25 Oct)
            "MONTHLY, Europe/Berlin,    2026-10-31T23:30:00Z, 2026-11",
            "MONTHLY, UTC,              2026-10-31T23:30:00Z, 2026-10",
            "MONTHLY, America/New_York, 2026-11-01T03:59:59Z, 2026-10",
            "DAILY,   Pacific/Auckland, 2026-11-21T11:00:00Z, 2026-11-22",
            "YEARLY,  Asia/Tokyo,       2026-12-31T15:00:00Z, 2027",
    })
    void placesAnInstantInTheKpisTimeZone(PeriodType type, ZoneId zone, Instant at, String key) {
        assertThat(Period.containing(type, at, zone).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3} to {4}")
    @CsvSource({
            "DAILY,   2026-03-29, Europe/Berlin, 2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z",
            "DAILY,   2026-10-25, Europe/Berlin, 2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z",
            "MONTHLY, 2026-03,    Europe/Berlin, 2026-02-28T23:00:00Z, 2026-03-31T22:00:00Z",
            "WEEKLY,  2026-W44,   Europe/Berlin, 2026-10-25T23:00:00Z, 2026-11-01T23:00:00Z",
            "DAILY,   2026-03-08, America/Sao_Paulo, 2026-03-08T03:00:00Z, 2026-03-09T03:00:00Z",
    })
    void periodBoundariesAreLocalMidnightsAcrossDstChanges(PeriodType type, String key, ZoneId zone,
            Instant start, Instant end) {
        Period period = type.parse(key);

        assertThat(period.start(zone)).isEqualTo(start);
        assertThat(period.end(zone)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} {1}: previous {2}, next {3}")
    @CsvSource({
            "WEEKLY,    2026-W53, 2026-W52, 2027-W01",
            "MONTHLY,   2026-01,  2025-12,  2026-02",
            "QUARTERLY, 2026-Q1,  2025-Q4,  2026-Q2",
            "DAILY,     2028-02-29, 2028-02-28, 2028-03-01",
    })
    void stepsToNeighbouringPeriods(PeriodType type, String key, String previous, String next) {
        Period period = type.parse(key);

        assertThat(period.previous().key()).isEqualTo(previous);
        assertThat(period.next().key()).isEqualTo(next);
    }
}
