package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.AlertLifecycle;
import com.kpiplatform.alerting.domain.AlertLifecycle.Snapshot;
import com.kpiplatform.alerting.domain.AlertState;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Observation.AlertKey;
import com.kpiplatform.alerting.repository.AlertStore;
import com.kpiplatform.alerting.repository.AlertStore.ActiveSilence;
import com.kpiplatform.alerting.repository.AlertStore.Event;
import com.kpiplatform.alerting.repository.AlertStore.OpenAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves alerts through their lifecycle from one cycle's observations: opens, fires, escalates,
 * repeats and resolves them, ends the alerts of past periods and of subjects no longer evaluated,
 * and records every change with whether it notifies and whether a silence holds it back.
 */
@ApplicationScoped
public class AlertProcessor {

    /** How many alerts fired and resolved. */
    public record Outcome(int fired, int resolved) {
    }

    @Inject
    AlertStore alerts;

    @Inject
    AlertingConfig config;

    /** Applies a whole cycle's observations: open alerts nobody observed end, except those {@code held}. */
    public Outcome apply(Connection connection, List<Observation> observations, Set<AlertKey> held, Instant now)
            throws SQLException {
        return apply(connection, observations, held, true, now);
    }

    /** Applies one observation of the evaluator itself; other alerts are left as they are. */
    public Outcome applySystem(Connection connection, Observation observation, Instant now) throws SQLException {
        return apply(connection, List.of(observation), Set.of(), false, now);
    }

    private Outcome apply(Connection connection, List<Observation> observations, Set<AlertKey> held,
            boolean endUnobserved, Instant now) throws SQLException {
        AlertLifecycle.Settings settings = new AlertLifecycle.Settings(config.alerts().forEvaluations(),
                config.alerts().repeatInterval());
        // The evaluator's own alert has its threshold already (failed cycles in a row): it fires at once.
        AlertLifecycle.Settings system = new AlertLifecycle.Settings(1, config.alerts().repeatInterval());
        Map<AlertKey, OpenAlert> open = alerts.lockOpen(connection);
        List<ActiveSilence> silences = alerts.activeSilences(connection, now);
        Changes changes = new Changes();
        Set<AlertKey> observed = new HashSet<>();
        for (Observation observation : observations) {
            observed.add(observation.key());
            OpenAlert current = open.get(observation.key());
            AlertLifecycle.Step step = AlertLifecycle.observe(current == null ? null : current.snapshot(),
                    observation.bad(), observation.clear(), now, observation.kind() == AlertKind.SYSTEM ? system : settings);
            boolean unchanged = current != null && step.next().equals(current.snapshot()) && step.changes().isEmpty();
            if (step.next() == null || unchanged || (current == null && step.changes().isEmpty())) {
                continue;
            }
            long id = current != null ? current.id() : alerts.insert(connection, observation, step.next(), now);
            if (current != null) {
                changes.updates.add(new AlertStore.Update(id, step.next(), observation));
            }
            boolean silenced = silences.stream().anyMatch(s -> s.matcher().matches(s.value(), observation));
            step.changes().forEach(change -> changes.add(new Event(id, change.type(), change.notifies(),
                    change.notifies() && silenced, observation.status(), step.next().severity(), observation.value(),
                    observation.detail())));
        }
        for (OpenAlert alert : open.values()) {
            if (endUnobserved && !observed.contains(alert.key()) && !held.contains(alert.key())
                    && alert.key().kind() != AlertKind.SYSTEM) {
                end(alert, observations, changes);
            }
        }
        alerts.update(connection, changes.updates, now);
        alerts.insertEvents(connection, changes.events, now);
        return new Outcome(changes.count(AlertEventType.FIRED), changes.count(AlertEventType.RESOLVED));
    }

    /** An alert nothing observed: its period has ended, or its subject is no longer evaluated. Quietly. */
    private static void end(OpenAlert alert, List<Observation> observations, Changes changes) {
        boolean periodEnded = observations.stream().anyMatch(o -> o.kind() == alert.key().kind()
                && o.subjectType() == alert.key().subjectType() && o.subjectKey().equals(alert.key().subjectKey()));
        Snapshot s = alert.snapshot();
        changes.updates.add(new AlertStore.Update(alert.id(), new Snapshot(AlertState.RESOLVED, s.severity(), 0,
                s.notified(), s.acknowledged(), s.lastNotifiedAt()), null));
        changes.add(periodEnded
                ? new Event(alert.id(), AlertEventType.PERIOD_ENDED, false, false, null, s.severity(), null,
                        "period " + alert.key().periodKey() + " ended; the next period starts fresh")
                : new Event(alert.id(), AlertEventType.CANCELLED, false, false, null, s.severity(), null,
                        "no longer evaluated (archived, or its objective closed)"));
    }

    private static final class Changes {
        final List<AlertStore.Update> updates = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        void add(Event event) {
            events.add(event);
        }

        int count(AlertEventType type) {
            return (int) events.stream().filter(e -> e.type() == type).count();
        }
    }
}
