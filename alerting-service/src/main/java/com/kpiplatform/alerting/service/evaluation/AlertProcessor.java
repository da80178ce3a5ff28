package com.kpiplatform.alerting.service.evaluation;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.AlertChange;
import com.kpiplatform.alerting.domain.alert.AlertEvent;
import com.kpiplatform.alerting.domain.alert.AlertEventType;
import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.AlertLifecycle.Snapshot;
import com.kpiplatform.alerting.domain.alert.AlertLifecycle;
import com.kpiplatform.alerting.domain.alert.AlertState;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.OpenAlert;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SilenceRule;
import com.kpiplatform.alerting.repository.AlertRepository.Logged;
import com.kpiplatform.alerting.repository.AlertRepository.Update;
import com.kpiplatform.alerting.repository.AlertRepository;
import com.kpiplatform.alerting.repository.SilenceRepository;
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
 * and records every change with whether it notifies and whether a silence holds it back. The
 * changes people are told about go straight on to routing.
 */
@ApplicationScoped
public class AlertProcessor {

    /** The changes to tell people about, and how many alerts fired and resolved. */
    public record Outcome(List<AlertChange> changes, int fired, int resolved) {
    }

    @Inject
    AlertRepository alerts;

    @Inject
    SilenceRepository silences;

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
        List<SilenceRule> active = silences.active(connection, now);
        Changes changes = new Changes();
        Set<AlertKey> observed = new HashSet<>();
        for (Observation observation : observations) {
            observed.add(observation.key());
            OpenAlert current = open.get(observation.key());
            Condition condition = observation.condition();
            AlertLifecycle.Step step = AlertLifecycle.observe(current == null ? null : current.snapshot(),
                    condition.bad(), condition.clear(), now, observation.kind() == AlertKind.SYSTEM ? system : settings);
            boolean unchanged = current != null && step.next().equals(current.snapshot()) && step.changes().isEmpty();
            if (step.next() == null || unchanged || (current == null && step.changes().isEmpty())) {
                continue;
            }
            long id = current != null ? current.id() : alerts.insert(connection, observation, step.next(), now);
            if (current != null) {
                changes.updates.add(new Update(id, step.next(), condition));
            }
            boolean silenced = active.stream().anyMatch(rule -> rule.matches(observation));
            for (AlertLifecycle.Change change : step.changes()) {
                boolean heldBack = change.notifies() && silenced;
                changes.log(id, new AlertEvent(now, change.type(), change.notifies(), heldBack, condition.status(),
                        step.next().severity(), condition.value(), condition.detail()));
                if (change.notifies() && !heldBack) {
                    changes.tell(step.next().severity(), observation);
                }
            }
        }
        for (OpenAlert alert : open.values()) {
            if (endUnobserved && !observed.contains(alert.key()) && !held.contains(alert.key())
                    && alert.key().kind() != AlertKind.SYSTEM) {
                end(alert, observations, changes, now);
            }
        }
        alerts.update(connection, changes.updates, now);
        List<Long> eventIds = alerts.log(connection, changes.events);
        return new Outcome(changes.told(eventIds), changes.count(AlertEventType.FIRED),
                changes.count(AlertEventType.RESOLVED));
    }

    /** An alert nothing observed: its period has ended, or its subject is no longer evaluated. Quietly. */
    private static void end(OpenAlert alert, List<Observation> observations, Changes changes, Instant now) {
        AlertKey key = alert.key();
        boolean periodEnded = observations.stream().anyMatch(o -> o.kind() == key.kind()
                && o.subjectType() == key.subjectType() && o.subjectKey().equals(key.subjectKey()));
        Snapshot s = alert.snapshot();
        changes.updates.add(new Update(alert.id(), new Snapshot(AlertState.RESOLVED, s.severity(), 0, s.notified(),
                s.acknowledged(), s.lastNotifiedAt()), null));
        changes.log(alert.id(), periodEnded
                ? new AlertEvent(now, AlertEventType.PERIOD_ENDED, false, false, null, s.severity(), null,
                        "period " + key.periodKey() + " ended; the next period starts fresh")
                : new AlertEvent(now, AlertEventType.CANCELLED, false, false, null, s.severity(), null,
                        "no longer evaluated (archived, or its objective closed)"));
    }

    private static final class Changes {
        final List<Update> updates = new ArrayList<>();
        final List<Logged> events = new ArrayList<>();
        final List<ToTell> toTell = new ArrayList<>();

        /** A notifying event to tell about, by its index in {@link #events}. */
        private record ToTell(int index, Severity severity, Observation observation) {
        }

        void log(long alertId, AlertEvent event) {
            events.add(new Logged(alertId, event));
        }

        /** The event just logged is one to tell people about. */
        void tell(Severity severity, Observation observation) {
            toTell.add(new ToTell(events.size() - 1, severity, observation));
        }

        List<AlertChange> told(List<Long> eventIds) {
            return toTell.stream().map(t -> {
                Logged logged = events.get(t.index());
                return new AlertChange(logged.alertId(), eventIds.get(t.index()), logged.event().type(), t.severity(),
                        t.observation());
            }).toList();
        }

        int count(AlertEventType type) {
            return (int) events.stream().filter(e -> e.event().type() == type).count();
        }
    }
}
