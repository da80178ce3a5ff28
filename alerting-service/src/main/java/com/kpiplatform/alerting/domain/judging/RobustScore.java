package com.kpiplatform.alerting.domain.judging;

import java.util.Arrays;
import java.util.List;

/**
 * How far a value lies outside a KPI's recent distribution, robustly: |x - median| / (1.4826 MAD),
 * the modified z-score, which a single outlier in the history cannot distort. When half the
 * history or more is identical (MAD 0) the mean absolute deviation scaled to the same units
 * stands in; a history that never varies gives no score.
 */
public final class RobustScore {

    private static final double MAD_SCALE = 1.4826;
    private static final double MEAN_DEVIATION_SCALE = 1.253314;

    private RobustScore() {
    }

    /** The score of {@code value}, or null when the history is too short or never varies. */
    public static Double of(List<Double> history, double value, int minHistory) {
        if (history.size() < minHistory) {
            return null;
        }
        double[] values = history.stream().mapToDouble(Double::doubleValue).toArray();
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        double scale = MAD_SCALE * median(deviations);
        if (scale == 0) {
            scale = MEAN_DEVIATION_SCALE * Arrays.stream(deviations).average().orElse(0);
        }
        return scale == 0 ? null : Math.abs(value - median) / scale;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
