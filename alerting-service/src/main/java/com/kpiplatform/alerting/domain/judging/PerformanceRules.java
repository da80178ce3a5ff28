package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * DESIGN.md's statuses. Direction-aware, with an amber band of the KPI's tolerance; cumulative KPIs
 * (SUM, COUNT) are judged on their forecast while the period runs, snapshot KPIs (AVG, MIN, MAX,
 * LAST) on their actual, never pro-rated. Early in a period (before {@code minElapsedForPace}) a
 * forecast is noise, so a cumulative KPI is only judged when its actual already decides: above
 * its target, or over its limit.
 */
public record PerformanceRules(double minElapsedForPace) {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Evaluation evaluate(KpiFacts kpi, Instant now) {
        double elapsed = elapsed(kpi.periodStart(), kpi.periodEnd(), now);
        if (isStale(kpi, now)) {
            return new Evaluation(PerformanceStatus.NO_DATA, null, null, null, null, elapsed, kpi.lastMeasurementAt() == null
                    ? "no measurement yet" : "no measurement since " + kpi.lastMeasurementAt() + " (staleAfter "
                    + kpi.staleAfter() + ")");
        }
        boolean cumulative = kpi.aggregation().isCumulative();
        BigDecimal actual = kpi.actual() == null && cumulative ? BigDecimal.ZERO : kpi.actual();
        if (actual == null) {
            return new Evaluation(PerformanceStatus.NO_DATA, null, null, null, null, elapsed, "no measurement in this period");
        }
        if (!kpi.hasTarget()) {
            return new Evaluation(PerformanceStatus.NO_TARGET, actual, null, null, null, elapsed, "no target applies to this period");
        }
        BigDecimal forecast = cumulative && elapsed > 0 ? actual.divide(BigDecimal.valueOf(elapsed), MATH) : null;
        BigDecimal pace = cumulative && kpi.target() != null ? pace(actual, kpi.target(), elapsed) : null;
        String reason = null;
        BigDecimal judged = actual;
        if (cumulative && elapsed < 1) {
            if (elapsed >= minElapsedForPace) {
                judged = forecast;
            } else {
                judged = decidedEarly(kpi, actual);
                reason = judged == actual ? null : "too early in the period to judge the pace";
            }
        }
        return new Evaluation(classify(kpi, judged), judged, attainment(kpi, actual), pace, forecast, elapsed, reason);
    }

    /** The status of a value against the KPI's target or range. */
    public static PerformanceStatus classify(KpiFacts kpi, BigDecimal value) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> {
                if (kpi.stretch() != null && value.compareTo(kpi.stretch()) >= 0) {
                    yield PerformanceStatus.EXCEEDED;
                }
                if (value.compareTo(kpi.target()) >= 0) {
                    yield PerformanceStatus.ON_TRACK;
                }
                yield value.compareTo(kpi.target().subtract(band(kpi.target(), kpi))) >= 0 ? PerformanceStatus.AT_RISK : PerformanceStatus.OFF_TRACK;
            }
            case LOWER_IS_BETTER -> {
                if (kpi.stretch() != null && value.compareTo(kpi.stretch()) <= 0) {
                    yield PerformanceStatus.EXCEEDED;
                }
                if (value.compareTo(kpi.target()) <= 0) {
                    yield PerformanceStatus.ON_TRACK;
                }
                yield value.compareTo(kpi.target().add(band(kpi.target(), kpi))) <= 0 ? PerformanceStatus.AT_RISK : PerformanceStatus.OFF_TRACK;
            }
            case WITHIN_RANGE -> {
                if (value.compareTo(kpi.rangeMin()) >= 0 && value.compareTo(kpi.rangeMax()) <= 0) {
                    yield PerformanceStatus.ON_TRACK;
                }
                BigDecimal band = band(kpi.rangeMax().subtract(kpi.rangeMin()), kpi);
                boolean near = value.compareTo(kpi.rangeMin().subtract(band)) >= 0 && value.compareTo(kpi.rangeMax().add(band)) <= 0;
                yield near ? PerformanceStatus.AT_RISK : PerformanceStatus.OFF_TRACK;
            }
        };
    }

    /** The amber band: the tolerance in percent of a reference (the target, or the range's width). */
    static BigDecimal band(BigDecimal reference, KpiFacts kpi) {
        return reference.abs().multiply(kpi.tolerancePercent()).divide(HUNDRED, MATH);
    }

    public static double elapsed(Instant start, Instant end, Instant now) {
        if (!now.isAfter(start)) {
            return 0;
        }
        if (!now.isBefore(end)) {
            return 1;
        }
        return (double) Duration.between(start, now).toMillis() / Duration.between(start, end).toMillis();
    }

    private static boolean isStale(KpiFacts kpi, Instant now) {
        if (kpi.staleAfter() == null) {
            return false;
        }
        return kpi.lastMeasurementAt() == null || kpi.lastMeasurementAt().plus(kpi.staleAfter()).isBefore(now);
    }

    /** Early in a period: the actual when it already decides, else the target itself (on track, undecided). */
    private static BigDecimal decidedEarly(KpiFacts kpi, BigDecimal actual) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> actual.compareTo(kpi.target()) >= 0 ? actual : kpi.target();
            case LOWER_IS_BETTER -> actual.compareTo(kpi.target()) > 0 ? actual : kpi.target();
            case WITHIN_RANGE -> actual.compareTo(kpi.rangeMax()) > 0 ? actual : kpi.rangeMin();
        };
    }

    private static BigDecimal pace(BigDecimal actual, BigDecimal target, double elapsed) {
        BigDecimal due = target.multiply(BigDecimal.valueOf(elapsed));
        return due.signum() == 0 ? null : percent(actual.divide(due, MATH));
    }

    private static BigDecimal attainment(KpiFacts kpi, BigDecimal actual) {
        if (kpi.target() == null || kpi.direction() == Direction.WITHIN_RANGE) {
            return null;
        }
        if (kpi.direction() == Direction.HIGHER_IS_BETTER) {
            return kpi.target().signum() == 0 ? null : percent(actual.divide(kpi.target(), MATH));
        }
        return actual.signum() == 0 ? null : percent(kpi.target().divide(actual, MATH));
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
    }
}
