package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a KPI's target is achievable and challenging, judged against its own history: a target
 * beyond the best completed period by more than a factor is likely out of reach; a stretch the
 * median period already meets is no stretch.
 */
public final class TargetRealism {

    public static final String TARGET_BEYOND_BEST = "TARGET_BEYOND_BEST";
    public static final String STRETCH_MET_BY_MEDIAN = "STRETCH_MET_BY_MEDIAN";

    private TargetRealism() {
    }

    public record Finding(String code, String message) {
    }

    /**
     * @param history actuals of the last completed periods
     * @param beyondBestFactor e.g. 1.5: a target 50 % beyond the best period is flagged
     */
    public static List<Finding> findings(Direction direction, BigDecimal target, BigDecimal stretch, List<Double> history,
            int minHistory, double beyondBestFactor) {
        List<Finding> findings = new ArrayList<>();
        if (direction == Direction.WITHIN_RANGE || target == null || history.size() < minHistory) {
            return findings;
        }
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        double best = history.stream().mapToDouble(Double::doubleValue).reduce(higher ? Math::max : Math::min).orElseThrow();
        double median = RobustScore.median(history.stream().mapToDouble(Double::doubleValue).toArray());
        double goal = target.doubleValue();
        boolean beyondBest = higher ? goal > best * beyondBestFactor : goal < best / beyondBestFactor;
        if (beyondBest && best > 0) {
            findings.add(new Finding(TARGET_BEYOND_BEST, "The target " + target.toPlainString() + " is more than "
                    + beyondBestFactor + " times beyond the best of the last " + history.size() + " periods ("
                    + format(best) + "): it may be out of reach."));
        }
        if (stretch != null && (higher ? median >= stretch.doubleValue() : median <= stretch.doubleValue())) {
            findings.add(new Finding(STRETCH_MET_BY_MEDIAN, "The stretch " + stretch.toPlainString() + " is met by the "
                    + "median of the last " + history.size() + " periods (" + format(median) + "): it is no stretch."));
        }
        return findings;
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
