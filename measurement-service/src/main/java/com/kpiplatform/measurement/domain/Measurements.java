package com.kpiplatform.measurement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Operations on batches of measurements. */
public final class Measurements {

    /**
     * The storage order: by KPI, time, then dimensions, so that concurrent writers lock rows in one
     * order. The sort is stable, so of two equal keys the later stays later.
     */
    public static final Comparator<Measurement> STORAGE_ORDER = Comparator.comparing(Measurement::kpiKey)
            .thenComparing(Measurement::timestamp)
            .thenComparing(m -> m.dimensions().toString());

    private Measurements() {
    }

    /** One measurement per natural key, the later one in the batch winning, in storage order. */
    public static List<Measurement> latestPerKey(Collection<Measurement> batch) {
        List<Measurement> sorted = new ArrayList<>(batch);
        sorted.sort(STORAGE_ORDER);
        List<Measurement> unique = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean repeatedLater = i + 1 < sorted.size() && STORAGE_ORDER.compare(sorted.get(i), sorted.get(i + 1)) == 0;
            if (!repeatedLater) {
                unique.add(sorted.get(i));
            }
        }
        return unique;
    }

    /** The rollup group of a measurement: its KPI, dimensions and period. */
    public record Group(String kpiKey, String dimensions, String periodKey) implements Comparable<Group> {

        private static final Comparator<Group> ORDER = Comparator.comparing(Group::kpiKey)
                .thenComparing(Group::periodKey).thenComparing(Group::dimensions);

        public Group {
            Objects.requireNonNull(dimensions);
        }

        /** The groups of one KPI and dimension combination whose periods hold an instant in [first, last]. */
        public static List<Group> between(String kpiKey, String dimensions, RollupBasis basis, Instant first,
                Instant last) {
            return basis.periodsBetween(first, last).stream().map(period -> new Group(kpiKey, dimensions, period.key()))
                    .toList();
        }

        @Override
        public int compareTo(Group other) {
            return ORDER.compare(this, other);
        }
    }
}
