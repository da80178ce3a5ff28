package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.alert.AlertEventType;

/** What a notification tells. */
public enum NoticeKind {
    FIRED, ESCALATED, REPEATED, RESOLVED,
    /** A period ended below its target. */
    MISSED_TARGET,
    DIGEST, TEST;

    public static NoticeKind of(AlertEventType type) {
        return switch (type) {
            case FIRED -> FIRED;
            case ESCALATED -> ESCALATED;
            case REPEATED -> REPEATED;
            case RESOLVED -> RESOLVED;
            default -> throw new IllegalArgumentException(type + " notifies nobody");
        };
    }
}
