package com.kpiplatform.definition.domain.okr;

/** How a key result or an objective is doing, from best to worst. */
public enum OkrStatus {
    ON_TRACK, AT_RISK, OFF_TRACK,
    /** An objective without key results: nothing says how it is doing. */
    NO_KEY_RESULTS;

    public OkrStatus worse(OkrStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
