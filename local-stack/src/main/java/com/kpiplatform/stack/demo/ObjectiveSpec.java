package com.kpiplatform.stack.demo;

import com.kpiplatform.stack.demo.KpiSpec.Team;
import java.time.LocalDate;
import java.util.List;

/**
 * One objective of the demo company, for the current year, half year or quarter, aligned to a parent
 * objective (by title) or at the top of the tree, with its key results.
 */
public record ObjectiveSpec(String title, String description, Horizon horizon, String level, Team owner,
        String parentTitle, List<KeyResultSpec> keyResults) {

    /** Which period of today the objective is for. */
    public enum Horizon {
        YEAR, HALF, QUARTER;

        public String period(LocalDate today) {
            return switch (this) {
                case YEAR -> DemoPeriods.year(today);
                case HALF -> DemoPeriods.half(today);
                case QUARTER -> DemoPeriods.quarter(today);
            };
        }
    }

    /**
     * A key result: linked to a KPI (its actual over the objective's period is the current value), or
     * driven by check-ins, with the one check-in the demo records.
     */
    public record KeyResultSpec(String title, double start, double target, String unit, double weight, String kpiKey,
            CheckInSpec checkIn) {

        public static KeyResultSpec linked(String title, double start, double target, String unit, double weight,
                String kpiKey) {
            return new KeyResultSpec(title, start, target, unit, weight, kpiKey, null);
        }

        public static KeyResultSpec checkedIn(String title, double start, double target, String unit,
                CheckInSpec checkIn) {
            return new KeyResultSpec(title, start, target, unit, 1, null, checkIn);
        }
    }

    /** A check-in: the value reached, the owner's confidence (0–10) and a note. */
    public record CheckInSpec(double value, int confidence, String note) {
    }
}
