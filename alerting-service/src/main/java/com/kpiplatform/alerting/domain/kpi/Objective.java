package com.kpiplatform.alerting.domain.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * An active objective with its key results, as the kpi-definition-service computes their progress.
 *
 * @param expectedProgress where progress should be by now (the share of the period passed)
 */
public record Objective(long id, String title, String period, boolean closed, String ownerTeam,
        BigDecimal expectedProgress, List<KeyResult> keyResults) {

    /** A key result and where it stands; {@code stale} when its value is too old to judge. */
    public record KeyResult(long id, String title, String kpiKey, Standing standing, boolean stale) {
    }

    /** A key result's progress and status, with the values behind them. */
    public record Standing(String status, BigDecimal progress, BigDecimal current, BigDecimal target,
            Integer confidence) {
    }
}
