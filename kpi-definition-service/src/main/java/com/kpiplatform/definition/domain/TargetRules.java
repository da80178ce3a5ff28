package com.kpiplatform.definition.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** What makes a target and its stretch value consistent with a KPI's direction. */
public final class TargetRules {

    private TargetRules() {
    }

    /** Why a KPI of this direction cannot take targets at all, if it cannot. */
    public static Optional<String> targetsNotAllowed(Direction direction) {
        return direction == Direction.WITHIN_RANGE
                ? Optional.of("WITHIN_RANGE KPIs are judged against their range (min, max) and take no targets")
                : Optional.empty();
    }

    /** Why a stretch value is not beyond its target in the KPI's direction, if it is not. */
    public static Optional<String> stretchProblem(Direction direction, BigDecimal target, BigDecimal stretch) {
        if (stretch == null || target == null || direction.isBeyond(stretch, target)) {
            return Optional.empty();
        }
        String beyond = direction == Direction.HIGHER_IS_BETTER ? "above" : "below";
        return Optional.of("must be " + beyond + " the target (" + target.toPlainString() + ") for a " + direction
                + " KPI: a stretch marks exceptional performance");
    }
}
