package com.kpiplatform.alerting.domain.judging;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Hysteresis for resolving alerts: a KPI back on track resolves its alert only once its value
 * clears the green boundary by a margin (in percent of the target, or of the range's width), so a
 * value oscillating at the boundary does not open and resolve alert after alert.
 */
public final class Recovery {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Recovery() {
    }

    public static boolean isClear(KpiFacts kpi, BigDecimal judged, BigDecimal marginPercent) {
        if (judged == null || !kpi.hasTarget()) {
            return false;
        }
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> judged.compareTo(kpi.target().add(margin(kpi.target(), marginPercent))) >= 0;
            case LOWER_IS_BETTER -> judged.compareTo(kpi.target().subtract(margin(kpi.target(), marginPercent))) <= 0;
            case WITHIN_RANGE -> {
                BigDecimal margin = margin(kpi.rangeMax().subtract(kpi.rangeMin()), marginPercent);
                yield judged.compareTo(kpi.rangeMin().add(margin)) >= 0 && judged.compareTo(kpi.rangeMax().subtract(margin)) <= 0;
            }
        };
    }

    private static BigDecimal margin(BigDecimal reference, BigDecimal percent) {
        return reference.abs().multiply(percent).divide(HUNDRED, MathContext.DECIMAL64);
    }
}
