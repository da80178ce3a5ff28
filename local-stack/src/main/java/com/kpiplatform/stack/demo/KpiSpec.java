package com.kpiplatform.stack.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * One KPI of the demo company: what it is, who owns it, how it is judged, its goal, and where its
 * values come from (measurements of a given shape, or a formula over other KPIs).
 *
 * @param key the KPI's stable key
 * @param name its display name
 * @param unit the unit of its values
 * @param owner the team and person accountable for it
 * @param about how it is classified
 * @param judging how its period actual is formed and judged
 * @param goal its target (with a stretch) or its healthy range
 * @param source its measurements' shape, or its formula
 */
public record KpiSpec(String key, String name, String unit, Team owner, About about, Judging judging, Goal goal,
        Source source) {

    /** The team that owns a KPI or an objective, with the accountable person. */
    public record Team(String name, String person, String email) {
    }

    /** How a KPI is classified: category, level, leading or lagging, tags and a description. */
    public record About(String category, String level, String indicatorType, List<String> tags, String description) {
    }

    /**
     * How a KPI is judged.
     *
     * @param staleAfter an ISO-8601 duration, or null when the KPI never counts as stale
     */
    public record Judging(String direction, String aggregation, String period, ZoneId timeZone, String staleAfter) {

        public boolean weekly() {
            return period.equals("WEEKLY");
        }

        public boolean cumulative() {
            return aggregation.equals("SUM") || aggregation.equals("COUNT");
        }
    }

    /**
     * The current period's target and stretch (other periods' targets follow the KPI's trend), or the
     * healthy range of a WITHIN_RANGE KPI; with the amber tolerance in percent when not the default.
     */
    public record Goal(Double target, Double stretch, Double min, Double max, Double tolerancePercent) {

        public static Goal target(double target, double stretch) {
            return new Goal(target, stretch, null, null, null);
        }

        public static Goal range(double min, double max) {
            return new Goal(null, null, min, max, null);
        }

        public Goal tolerance(double percent) {
            return new Goal(target, stretch, min, max, percent);
        }

        public boolean isRange() {
            return min != null;
        }
    }

    /** Where a KPI's values come from. */
    public sealed interface Source permits Measured, Calculated {
    }

    /** Measurements posted by an integration, one a day, shaped by {@link Shape}. */
    public record Measured(Shape shape) implements Source {
    }

    /** A formula over other KPIs' period actuals; the KPI takes no measurements of its own. */
    public record Calculated(String formula, List<String> dependencies) implements Source {
    }

    public boolean isCalculated() {
        return source instanceof Calculated;
    }

    public Shape shape() {
        return source instanceof Measured measured ? measured.shape() : null;
    }
}
