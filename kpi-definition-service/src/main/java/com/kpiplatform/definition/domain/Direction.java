package com.kpiplatform.definition.domain;

import java.math.BigDecimal;

/** Which way a KPI's actual should move. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Judged against a min/max range instead of a target. */
    WITHIN_RANGE;

    /** Whether {@code candidate} lies beyond {@code reference} in this direction (strictly). */
    public boolean isBeyond(BigDecimal candidate, BigDecimal reference) {
        return switch (this) {
            case HIGHER_IS_BETTER -> candidate.compareTo(reference) > 0;
            case LOWER_IS_BETTER -> candidate.compareTo(reference) < 0;
            case WITHIN_RANGE -> false;
        };
    }
}
