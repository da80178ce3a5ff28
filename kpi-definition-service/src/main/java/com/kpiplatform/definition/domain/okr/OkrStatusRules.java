package com.kpiplatform.definition.domain.okr;

import java.math.BigDecimal;

/**
 * A key result's status: its progress against the time elapsed in the period, made worse by a low
 * confidence in its latest check-in (0–3 is off track, 4–6 at risk, the usual OKR traffic light).
 *
 * @param atRiskGap a key result is at risk when its progress trails the elapsed share of the
 *     period by more than this (0.1: 10 percentage points)
 * @param offTrackGap and off track when it trails by more than this
 */
public record OkrStatusRules(double atRiskGap, double offTrackGap) {

    static final int OFF_TRACK_CONFIDENCE = 3;
    static final int AT_RISK_CONFIDENCE = 6;

    public OkrStatusRules {
        if (atRiskGap < 0 || offTrackGap < atRiskGap) {
            throw new IllegalArgumentException("need 0 <= atRiskGap <= offTrackGap");
        }
    }

    public OkrStatus keyResult(BigDecimal progress, double elapsed, Integer confidence) {
        double gap = elapsed - progress.doubleValue();
        OkrStatus byProgress = gap > offTrackGap ? OkrStatus.OFF_TRACK
                : gap > atRiskGap ? OkrStatus.AT_RISK : OkrStatus.ON_TRACK;
        return byProgress.worse(byConfidence(confidence));
    }

    private static OkrStatus byConfidence(Integer confidence) {
        if (confidence == null) {
            return OkrStatus.ON_TRACK;
        }
        return confidence <= OFF_TRACK_CONFIDENCE ? OkrStatus.OFF_TRACK
                : confidence <= AT_RISK_CONFIDENCE ? OkrStatus.AT_RISK : OkrStatus.ON_TRACK;
    }
}
