package com.kpiplatform.alerting.domain.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.JudgingRules;
import com.kpiplatform.alerting.domain.kpi.PeriodWindow;
import com.kpiplatform.alerting.domain.kpi.Range;
import com.kpiplatform.alerting.domain.kpi.Target;
import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final PerformanceRules rules = new PerformanceRules(0.1);

    /** A monthly KPI in Berlin for the month of {@code month}; target 100, stretch 120, amber 10 %. */
    private static KpiFacts kpi(Direction direction, Aggregation aggregation, String month, String actual) {
        LocalDate first = LocalDate.parse(month + "-01");
        BigDecimal stretch = direction == Direction.LOWER_IS_BETTER ? new BigDecimal("80") : new BigDecimal("120");
        return new KpiFacts(rules(direction, aggregation, null, Duration.ofDays(2)), new Target(new BigDecimal("100"), stretch),
                actual == null ? null : new BigDecimal(actual), Instant.parse("2026-01-01T00:00:00Z"),
                new PeriodWindow(month, first.atStartOfDay(BERLIN).toInstant(), first.plusMonths(1).atStartOfDay(BERLIN).toInstant()));
    }

    private static JudgingRules rules(Direction direction, Aggregation aggregation, Range range, Duration staleAfter) {
        return new JudgingRules(direction, aggregation, PeriodType.MONTHLY, BigDecimal.TEN, range, staleAfter);
    }

    private static PeriodWindow november() {
        return new PeriodWindow("2026-11", Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static Instant fresh(KpiFacts kpi, Instant now) {
        return now.minusSeconds(60);
    }

    private Evaluation evaluate(KpiFacts kpi, Instant now) {
        KpiFacts withFreshData = new KpiFacts(kpi.rules(), kpi.goal(), kpi.actual(), fresh(kpi, now), kpi.period());
        return rules.evaluate(withFreshData, now);
    }

    @ParameterizedTest(name = "{0} {1} = {2}: {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, LAST, 125,  EXCEEDED",
            "HIGHER_IS_BETTER, LAST, 120,  EXCEEDED",
            "HIGHER_IS_BETTER, LAST, 100,  ON_TRACK",
            "HIGHER_IS_BETTER, LAST, 95,   AT_RISK",
            "HIGHER_IS_BETTER, LAST, 90,   AT_RISK",
            "HIGHER_IS_BETTER, LAST, 89.9, OFF_TRACK",
            "LOWER_IS_BETTER,  AVG,  75,   EXCEEDED",
            "LOWER_IS_BETTER,  AVG,  100,  ON_TRACK",
            "LOWER_IS_BETTER,  AVG,  110,  AT_RISK",
            "LOWER_IS_BETTER,  AVG,  110.1, OFF_TRACK",
            "HIGHER_IS_BETTER, MAX,  50,   OFF_TRACK",
            "LOWER_IS_BETTER,  MIN,  150,  OFF_TRACK"})
    void snapshotKpisAreJudgedOnTheirActualNeverProRated(Direction direction, Aggregation aggregation, String actual,
            PerformanceStatus status) {
        // Day 3 of 30: a SUM would be projected; a snapshot is taken as it is.
        Evaluation evaluation = evaluate(kpi(direction, aggregation, "2026-11", actual), Instant.parse("2026-11-03T23:00:00Z"));

        assertThat(evaluation.status()).isEqualTo(status);
        assertThat(evaluation.judged()).isEqualByComparingTo(actual);
        assertThat(evaluation.forecast()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1} by {2} → forecast {3}, pace {4}%, {5}")
    @CsvSource({
            // 30-day November, Berlin: day 15 ends at 2026-11-15T23:00Z, half the month.
            "2026-11, 50, 2026-11-15T23:00:00Z, 100,   100.0, ON_TRACK",
            "2026-11, 46, 2026-11-15T23:00:00Z, 92,    92.0,  AT_RISK",
            "2026-11, 40, 2026-11-15T23:00:00Z, 80,    80.0,  OFF_TRACK",
            "2026-11, 61, 2026-11-15T23:00:00Z, 122,   122.0, EXCEEDED",
            // 28-day February: day 14 ends at 2026-02-14T23:00Z, half the month.
            "2026-02, 50, 2026-02-14T23:00:00Z, 100,   100.0, ON_TRACK",
            // 31-day January: 15.5 days is half the month.
            "2026-01, 50, 2026-01-16T11:00:00Z, 100,   100.0, ON_TRACK",
            // March 2026 in Berlin has 743 hours (DST starts on the 29th); 371.5 h in is half of it.
            "2026-03, 50, 2026-03-16T10:30:00Z, 100,   100.0, ON_TRACK",
            // October 2026 in Berlin has 745 hours (DST ends on the 25th).
            "2026-10, 50, 2026-10-16T10:30:00Z, 100,   100.0, ON_TRACK"})
    void cumulativeKpisAreJudgedOnTheirForecastWhileThePeriodRuns(String month, String actual, Instant now,
            String forecast, String pace, PerformanceStatus status) {
        Evaluation evaluation = evaluate(kpi(Direction.HIGHER_IS_BETTER, Aggregation.SUM, month, actual), now);

        assertThat(evaluation.elapsed()).isEqualTo(0.5);
        assertThat(evaluation.forecast()).isEqualByComparingTo(forecast);
        assertThat(evaluation.pace()).isEqualByComparingTo(pace);
        assertThat(evaluation.attainment()).isEqualByComparingTo(new BigDecimal(actual));
        assertThat(evaluation.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1} on day 2: {2}")
    @CsvSource({
            "HIGHER_IS_BETTER, 1,   ON_TRACK",
            "HIGHER_IS_BETTER, 130, EXCEEDED",
            "LOWER_IS_BETTER,  5,   ON_TRACK",
            "LOWER_IS_BETTER,  105, AT_RISK",
            "LOWER_IS_BETTER,  150, OFF_TRACK"})
    void earlyInAPeriodACumulativeKpiIsOnlyJudgedWhenItsActualAlreadyDecides(Direction direction, String actual,
            PerformanceStatus status) {
        Evaluation evaluation = evaluate(kpi(direction, Aggregation.COUNT, "2026-11", actual), Instant.parse("2026-11-02T12:00:00Z"));

        assertThat(evaluation.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"40, ON_TRACK", "30, ON_TRACK", "45, ON_TRACK", "29, AT_RISK", "46.5, AT_RISK", "28.4, OFF_TRACK", "47, OFF_TRACK"})
    void withinRangeKpisAreJudgedAgainstTheRangeWithABandOfItsWidth(String actual, PerformanceStatus status) {
        KpiFacts kpi = new KpiFacts(rules(Direction.WITHIN_RANGE, Aggregation.AVG,
                new Range(new BigDecimal("30"), new BigDecimal("45")), null), Target.NONE, new BigDecimal(actual), null,
                november());

        assertThat(rules.evaluate(kpi, Instant.parse("2026-11-20T00:00:00Z")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "last measurement {0}: {1}")
    @CsvSource(nullValues = "null", value = {
            "2026-11-20T00:00:00Z, ON_TRACK",
            "2026-11-18T00:00:00Z, ON_TRACK",
            "2026-11-17T23:59:59Z, NO_DATA",
            "null,                 NO_DATA"})
    void aKpiNotMeasuredWithinStaleAfterHasNoData(Instant lastMeasurement, PerformanceStatus status) {
        KpiFacts kpi = new KpiFacts(rules(Direction.HIGHER_IS_BETTER, Aggregation.LAST, null, Duration.ofDays(2)),
                new Target(new BigDecimal("100"), null), new BigDecimal("100"), lastMeasurement, november());

        assertThat(rules.evaluate(kpi, Instant.parse("2026-11-20T00:00:00Z")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} without an actual in the period: {1}")
    @CsvSource({"LAST, NO_DATA", "SUM, ON_TRACK"})
    void aSnapshotWithoutAValueHasNoDataWhileASumHasNothingYet(Aggregation aggregation, PerformanceStatus status) {
        assertThat(evaluate(kpi(Direction.HIGHER_IS_BETTER, aggregation, "2026-11", null),
                Instant.parse("2026-11-02T00:00:00Z")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HIGHER_IS_BETTER", "LOWER_IS_BETTER"})
    void withoutATargetThereIsNoJudgement(Direction direction) {
        KpiFacts kpi = new KpiFacts(rules(direction, Aggregation.LAST, null, null), Target.NONE, BigDecimal.ONE, null,
                november());

        assertThat(rules.evaluate(kpi, Instant.parse("2026-11-20T00:00:00Z")).status()).isEqualTo(PerformanceStatus.NO_TARGET);
    }

    @ParameterizedTest(name = "LOWER_IS_BETTER actual {0}: attainment {1}")
    @CsvSource(nullValues = "null", value = {"50, 200.0", "100, 100.0", "200, 50.0", "0, null"})
    void attainmentOfALowerIsBetterKpiIsTargetOverActual(String actual, String attainment) {
        Evaluation evaluation = evaluate(kpi(Direction.LOWER_IS_BETTER, Aggregation.AVG, "2026-11", actual),
                Instant.parse("2026-11-20T00:00:00Z"));

        if (attainment == null) {
            assertThat(evaluation.attainment()).isNull();
        } else {
            assertThat(evaluation.attainment()).isEqualByComparingTo(attainment);
        }
    }
}
