package com.kpiplatform.definition.domain.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Progress maths of DESIGN.md: a key result's progress is {@code (current - start) / (target -
 * start)} clamped to [0, 1], so key results whose target is below their start (reduce churn from
 * 8 % to 5 %) progress as the value falls; an objective's progress is the weighted mean of its key
 * results'. Results have four decimals.
 */
public final class Progress {

    private static final int SCALE = 4;

    private Progress() {
    }

    /** A key result's progress; no current value yet means no progress. */
    public static BigDecimal of(BigDecimal start, BigDecimal target, BigDecimal current) {
        if (current == null) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal raw = current.subtract(start).divide(target.subtract(start), MathContext.DECIMAL64);
        return clamp(raw).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** One key result's share of its objective. */
    public record Weighted(BigDecimal progress, BigDecimal weight) {
    }

    /** The weighted mean of key results' progress; null when there are none. */
    public static BigDecimal weightedMean(List<Weighted> keyResults) {
        if (keyResults.isEmpty()) {
            return null;
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Weighted keyResult : keyResults) {
            weights = weights.add(keyResult.weight());
            sum = sum.add(keyResult.progress().multiply(keyResult.weight()));
        }
        return sum.divide(weights, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal clamp(BigDecimal value) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
    }
}
