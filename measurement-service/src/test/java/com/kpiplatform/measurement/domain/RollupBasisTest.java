package com.kpiplatform.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RollupBasisTest {

    @ParameterizedTest(name = "{0} to {1} in {2} {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-21T09:00:00Z | 2026-11-21T09:00:00Z | MONTHLY | Europe/Berlin | 2026-11
            2026-10-31T23:30:00Z | 2026-12-01T00:00:00Z | MONTHLY | Europe/Berlin | 2026-11;2026-12
            2026-10-31T22:30:00Z | 2026-11-30T22:59:59Z | MONTHLY | Europe/Berlin | 2026-10;2026-11
            2026-03-28T23:30:00Z | 2026-03-30T00:00:00Z | DAILY   | Europe/Berlin | 2026-03-29;2026-03-30
            2026-12-31T23:00:00Z | 2027-01-04T00:00:00Z | WEEKLY  | UTC           | 2026-W53;2027-W01
            """)
    void periodsBetweenTwoInstantsIncludeBothEnds(Instant first, Instant last, PeriodType type, String zone, String keys) {
        RollupBasis basis = new RollupBasis(type, zone);

        assertThat(basis.periodsBetween(first, last)).extracting(Period::key).containsExactly(keys.split(";"));
    }

    @Test
    void theGroupsOfARangeAreThoseOfItsPeriods() {
        RollupBasis basis = new RollupBasis(PeriodType.MONTHLY, "UTC");

        assertThat(Measurements.Group.between("sales.mrr", "{}", basis, Instant.parse("2026-11-05T00:00:00Z"),
                Instant.parse("2026-12-15T00:00:00Z")))
                .containsExactly(new Measurements.Group("sales.mrr", "{}", "2026-11"),
                        new Measurements.Group("sales.mrr", "{}", "2026-12"));
    }
}
