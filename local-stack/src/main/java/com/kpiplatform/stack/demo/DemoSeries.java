package com.kpiplatform.stack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A measured KPI's daily values, from the first day of the month {@value #MONTHS_OF_HISTORY} months
 * before today up to today: trend × season × (1 + noise), the current period at its designed level.
 * Each day's noise comes from a {@link Random} seeded with the KPI's key and the date, so a load
 * posts exactly what an earlier load of the same day posted, and a past day keeps its value while
 * the month it lies in stays the same distance from today.
 */
public final class DemoSeries {

    /** Completed months of history before the current one. */
    public static final int MONTHS_OF_HISTORY = 16;

    /** One day's measurement, at the local midnight that starts the day. */
    public record Point(LocalDate day, BigDecimal value) {
    }

    private DemoSeries() {
    }

    /** The KPI's daily values up to {@code today} (the local date in the KPI's time zone). */
    public static List<Point> points(KpiSpec kpi, LocalDate today) {
        Shape shape = kpi.shape();
        if (shape == null) {
            throw new IllegalArgumentException(kpi.key() + " is calculated: it takes no measurements");
        }
        boolean weekly = kpi.judging().weekly();
        LocalDate currentStart = DemoPeriods.start(weekly, today);
        LocalDate last = today.minusDays(shape.silentDays());
        List<Point> points = new ArrayList<>();
        for (LocalDate day = firstDay(today); !day.isAfter(last); day = day.plusDays(1)) {
            Random random = new Random(seed(kpi.key(), day));
            boolean current = !day.isBefore(currentStart);
            double level = current && shape.now() != null ? shape.now() : level(shape, today, day);
            double value = shape.events() ? poisson(random, level)
                    : level * (1 + (current ? shape.currentNoise() : shape.noise()) * random.nextGaussian());
            points.add(new Point(day, round(level >= 0 ? Math.max(0, value) : value, shape.decimals())));
        }
        return points;
    }

    /** The first day of the series: the first of the month {@value #MONTHS_OF_HISTORY} months ago. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusMonths(MONTHS_OF_HISTORY).withDayOfMonth(1);
    }

    /** The noise-free level of the day: the trend of its month times the season. */
    static double level(Shape shape, LocalDate today, LocalDate day) {
        return trend(shape, today, day) * shape.season().factor(day.getMonthValue());
    }

    /**
     * The trend at the month of {@code day}: geometric from {@code start} (the first month) to
     * {@code end} (the current month), continued beyond it for future periods.
     */
    static double trend(Shape shape, LocalDate today, LocalDate day) {
        double share = (double) ChronoUnit.MONTHS.between(YearMonth.from(firstDay(today)), YearMonth.from(day))
                / MONTHS_OF_HISTORY;
        if (shape.start() > 0 && shape.end() > 0) {
            return shape.start() * Math.pow(shape.end() / shape.start(), share);
        }
        return shape.start() + (shape.end() - shape.start()) * share;
    }

    /** A seed per KPI and day, mixed (SplitMix64) so that neighbouring days get unrelated noise. */
    static long seed(String key, LocalDate day) {
        long z = key.hashCode() * 0x9E3779B97F4A7C15L + day.toEpochDay();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }
}
