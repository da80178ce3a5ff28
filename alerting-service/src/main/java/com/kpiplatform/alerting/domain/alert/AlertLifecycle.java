package com.kpiplatform.alerting.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert state machine, after Alertmanager and Grafana: an alert is PENDING until its
 * condition has held for {@code for} evaluations, then FIRING, which notifies once; it notifies
 * again only when it escalates to a severity not yet notified, or every {@code repeatInterval}
 * while firing and not acknowledged; it is RESOLVED (and says so) when the subject is clear of the
 * recovery margin. A value back on track but inside the margin keeps the alert firing, quietly.
 */
public final class AlertLifecycle {

    private AlertLifecycle() {
    }

    public record Settings(int forEvaluations, Duration repeatInterval) {
    }

    /**
     * An alert's state between evaluations.
     *
     * @param notified the highest severity notified so far; null before the alert fired
     */
    public record Snapshot(AlertState state, Severity severity, int streak, Severity notified, boolean acknowledged,
            Instant lastNotifiedAt) {
    }

    public record Change(AlertEventType type, boolean notifies) {
    }

    public record Step(Snapshot next, List<Change> changes) {
    }

    /**
     * One evaluation of an alert's subject.
     *
     * @param current the open alert, or null when there is none
     * @param bad the severity of the bad condition now, or null when the subject is not bad
     * @param clear whether a subject that is not bad is clear of the recovery margin
     */
    public static Step observe(Snapshot current, Severity bad, boolean clear, Instant now, Settings settings) {
        List<Change> changes = new ArrayList<>();
        if (current == null || current.state() == AlertState.RESOLVED) {
            if (bad == null) {
                return new Step(current, changes);
            }
            changes.add(new Change(AlertEventType.PENDING, false));
            return new Step(fireIfHeld(new Snapshot(AlertState.PENDING, bad, 1, null, false, null), now, settings, changes),
                    changes);
        }
        if (bad == null) {
            if (current.state() == AlertState.PENDING) {
                changes.add(new Change(AlertEventType.CANCELLED, false));
                return new Step(resolved(current), changes);
            }
            if (clear) {
                changes.add(new Change(AlertEventType.RESOLVED, true));
                return new Step(resolved(current), changes);
            }
            return new Step(current, changes);
        }
        if (current.state() == AlertState.PENDING) {
            Snapshot held = new Snapshot(AlertState.PENDING, bad, current.streak() + 1, null, false, null);
            return new Step(fireIfHeld(held, now, settings, changes), changes);
        }
        return new Step(whileFiring(current, bad, now, settings, changes), changes);
    }

    /** An acknowledgement: quiet until the alert resolves or escalates. */
    public static Snapshot acknowledge(Snapshot current) {
        return new Snapshot(current.state(), current.severity(), current.streak(), current.notified(), true,
                current.lastNotifiedAt());
    }

    /** While firing, the streak stays where it fired: it only counts towards {@code for}. */
    private static Snapshot whileFiring(Snapshot current, Severity bad, Instant now, Settings settings, List<Change> changes) {
        int streak = current.streak();
        if (bad.compareTo(current.notified()) > 0) {
            changes.add(new Change(AlertEventType.ESCALATED, true));
            return new Snapshot(AlertState.FIRING, bad, streak, bad, false, now);
        }
        if (bad.compareTo(current.severity()) < 0) {
            changes.add(new Change(AlertEventType.DEESCALATED, false));
        }
        boolean repeatDue = !current.acknowledged() && !now.isBefore(current.lastNotifiedAt().plus(settings.repeatInterval()));
        if (repeatDue) {
            changes.add(new Change(AlertEventType.REPEATED, true));
        }
        return new Snapshot(AlertState.FIRING, bad, streak, current.notified(), current.acknowledged(),
                repeatDue ? now : current.lastNotifiedAt());
    }

    private static Snapshot fireIfHeld(Snapshot pending, Instant now, Settings settings, List<Change> changes) {
        if (pending.streak() < settings.forEvaluations()) {
            return pending;
        }
        changes.add(new Change(AlertEventType.FIRED, true));
        return new Snapshot(AlertState.FIRING, pending.severity(), pending.streak(), pending.severity(), false, now);
    }

    private static Snapshot resolved(Snapshot current) {
        return new Snapshot(AlertState.RESOLVED, current.severity(), 0, current.notified(), current.acknowledged(),
                current.lastNotifiedAt());
    }
}
