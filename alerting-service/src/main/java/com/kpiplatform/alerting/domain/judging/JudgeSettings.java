package com.kpiplatform.alerting.domain.judging;

import java.math.BigDecimal;

/**
 * The deployment's judging rules.
 *
 * @param minElapsedForPace the share of a period after which a cumulative KPI's forecast is trusted
 * @param recoveryMarginPercent how far past the green boundary a value must be to resolve its alert
 * @param anomalyThreshold the robust score from which a value is anomalous
 * @param minHistory the completed periods a score or a realism finding needs
 * @param beyondBestFactor how far beyond the best period a target may lie before it is flagged
 */
public record JudgeSettings(double minElapsedForPace, BigDecimal recoveryMarginPercent, double anomalyThreshold,
        int minHistory, double beyondBestFactor) {
}
