package com.kpiplatform.stack.demo;

import com.kpiplatform.stack.demo.KpiSpec.Goal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPI's explicit per-period targets with their stretch: the last {@value #PERIODS_BEFORE} periods,
 * the current one and the next few. The goal names the current period's target; the others follow
 * the KPI's trend (a growing MRR gets a growing target) and, for a monthly SUM, the month's length.
 * Values keep four significant digits.
 */
public final class DemoTargets {

    static final int PERIODS_BEFORE = 12;
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    /** One period's target and stretch. */
    public record PeriodTarget(String period, BigDecimal target, BigDecimal stretch) {
    }

    private DemoTargets() {
    }

    /** Empty for WITHIN_RANGE KPIs, which are judged against their range. */
    public static List<PeriodTarget> targets(KpiSpec kpi, LocalDate today) {
        Goal goal = kpi.goal();
        if (goal.isRange()) {
            return List.of();
        }
        boolean weekly = kpi.judging().weekly();
        LocalDate current = DemoPeriods.start(weekly, today);
        int ahead = weekly ? 3 : 2;
        List<PeriodTarget> targets = new ArrayList<>();
        for (int offset = -PERIODS_BEFORE; offset <= ahead; offset++) {
            LocalDate start = DemoPeriods.shift(weekly, current, offset);
            double factor = factor(kpi, today, current, start);
            targets.add(new PeriodTarget(DemoPeriods.key(weekly, start), round(goal.target() * factor),
                    round(goal.stretch() * factor)));
        }
        return targets;
    }

    /** The target for periods without an explicit one: the current period's. */
    public static BigDecimal defaultTarget(KpiSpec kpi) {
        return kpi.goal().isRange() ? null : round(kpi.goal().target());
    }

    /** How the period starting on {@code start} compares with the current one. */
    private static double factor(KpiSpec kpi, LocalDate today, LocalDate current, LocalDate start) {
        Shape shape = kpi.shape();
        if (shape == null || shape.events()) {
            return 1;
        }
        double factor = DemoSeries.trend(shape, today, start) / DemoSeries.trend(shape, today, current);
        if (kpi.judging().cumulative() && !kpi.judging().weekly()) {
            factor *= (double) DemoPeriods.length(false, start) / DemoPeriods.length(false, current);
        }
        return factor;
    }

    static BigDecimal round(double value) {
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
