package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An alert as people read it: one per kind, subject, dimensions and period while open; its
 * timeline only when one alert is read.
 */
public record Alert(long id, AlertKey key, String dimensions, String title, Profile profile, Standing standing,
        Times times, List<AlertEvent> timeline) {

    /** Where the alert is in its lifecycle, what it last saw, and whether someone is on it. */
    public record Standing(AlertState state, String status, Severity severity, BigDecimal value, BigDecimal target,
            Acknowledgement acknowledgement) {
    }

    /** Someone is on it: who, since when; {@code by} and {@code at} null while nobody is. */
    public record Acknowledgement(boolean acknowledged, Actor by, Instant at) {
    }

    public record Times(Instant openedAt, Instant firedAt, Instant resolvedAt, Instant lastNotifiedAt) {
    }
}
