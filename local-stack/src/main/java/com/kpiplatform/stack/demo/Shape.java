package com.kpiplatform.stack.demo;

/**
 * How a measured KPI's daily values look: a trend from {@code start} (the first month of the series)
 * to {@code end} (the current month), a yearly season, relative noise, and optionally a designed
 * level for the current period (what the demo wants the scorecard to show now). Values are daily:
 * a SUM KPI's shape gives one day's amount.
 *
 * @param start the trend's level in the series' first month
 * @param end the trend's level in the current month
 * @param season the yearly seasonality
 * @param noise relative standard deviation of one day's value (0.05: 5 %)
 * @param now the level of the current period's values; null to follow the trend
 * @param decimals how many decimals a posted value keeps
 * @param silentDays the days up to today without any measurement (an integration that stopped)
 * @param events whether a day's value is a count of rare events (Poisson with the level as mean)
 */
public record Shape(double start, double end, Season season, double noise, Double now, int decimals, int silentDays,
        boolean events) {

    /** A yearly cycle: the level is multiplied by 1 + amplitude · cos(2π (month − peak) / 12). */
    public record Season(double amplitude, int peakMonth) {

        static final Season NONE = new Season(0, 1);

        double factor(int month) {
            return 1 + amplitude * Math.cos(2 * Math.PI * (month - peakMonth) / 12.0);
        }
    }

    /** A trend from {@code start} to {@code end} with 2 decimals, no season, no noise. */
    public static Shape trend(double start, double end) {
        return new Shape(start, end, Season.NONE, 0, null, 2, 0, false);
    }

    /** A level that stays where it is. */
    public static Shape flat(double level) {
        return trend(level, level);
    }

    /** Rare events counted per day (e.g. deals won), with {@code perDay} expected a day. */
    public static Shape events(double perDay) {
        return new Shape(perDay, perDay, Season.NONE, 0, null, 0, 0, true);
    }

    public Shape season(double amplitude, int peakMonth) {
        return new Shape(start, end, new Season(amplitude, peakMonth), noise, now, decimals, silentDays, events);
    }

    public Shape noise(double relative) {
        return new Shape(start, end, season, relative, now, decimals, silentDays, events);
    }

    /** The current period's designed level: what the scorecard should see now. */
    public Shape now(double level) {
        return new Shape(start, end, season, noise, level, decimals, silentDays, events);
    }

    public Shape decimals(int count) {
        return new Shape(start, end, season, noise, now, count, silentDays, events);
    }

    /** No measurement in the last {@code days} days: the integration stopped. */
    public Shape silentFor(int days) {
        return new Shape(start, end, season, noise, now, decimals, days, events);
    }

    /**
     * The noise of the current period's values: small, so that the designed level holds on any day of
     * the period, even when the period has only one value yet.
     */
    double currentNoise() {
        return Math.min(noise / 4, 0.005);
    }
}
