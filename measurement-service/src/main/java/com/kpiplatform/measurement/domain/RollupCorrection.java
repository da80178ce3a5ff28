package com.kpiplatform.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A group's rollup after some of its measurements were replaced by an upsert, computed from the
 * rollup before and the values written and replaced, without reading the group's measurements.
 * Only when a replaced value was the group's minimum or maximum and no written value takes its
 * place is the answer unknown: then the group must be recomputed from its measurements.
 */
public final class RollupCorrection {

    /** One measurement of the group: its time and value. */
    public record Point(Instant timestamp, BigDecimal value) {
    }

    private RollupCorrection() {
    }

    /**
     * @param current the group's rollup before the write, or null if it had none
     * @param written every measurement of the group in the write, replacing or new
     * @param replaced the previous values of the measurements the write replaced
     * @return the rollup after the write, or empty if only a recomputation can tell
     */
    public static Optional<PeriodAggregate> apply(PeriodAggregate current, List<Point> written, List<Point> replaced) {
        PeriodAggregate added = written.stream().map(p -> PeriodAggregate.of(p.timestamp(), p.value()))
                .reduce(PeriodAggregate::merge).orElseThrow();
        if (current == null) {
            return Optional.of(added);
        }
        BigDecimal replacedSum = replaced.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean lostMinimum = replaced.stream().anyMatch(p -> p.value().compareTo(current.min()) == 0)
                && added.min().compareTo(current.min()) > 0;
        boolean lostMaximum = replaced.stream().anyMatch(p -> p.value().compareTo(current.max()) == 0)
                && added.max().compareTo(current.max()) < 0;
        if (lostMinimum || lostMaximum) {
            return Optional.empty();
        }
        boolean newLast = !added.last().isBefore(current.last());
        return Optional.of(new PeriodAggregate(
                current.count() + written.size() - replaced.size(),
                current.sum().add(added.sum()).subtract(replacedSum),
                current.min().min(added.min()),
                current.max().max(added.max()),
                current.first().isBefore(added.first()) ? current.first() : added.first(),
                newLast ? added.last() : current.last(),
                newLast ? added.lastValue() : current.lastValue()));
    }
}
