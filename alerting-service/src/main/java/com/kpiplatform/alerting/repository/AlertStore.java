package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.AlertLifecycle.Snapshot;
import com.kpiplatform.alerting.domain.AlertState;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Observation.AlertKey;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.SilenceMatcher;
import com.kpiplatform.alerting.domain.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The evaluation cycle's reads and writes of alerts, their events and silences, in batched JDBC. */
@ApplicationScoped
public class AlertStore {

    /** An open alert as the cycle sees it. */
    public record OpenAlert(long id, AlertKey key, Snapshot snapshot) {
    }

    /** A silence in force. */
    public record ActiveSilence(SilenceMatcher matcher, String value) {
    }

    /** One line of an alert's timeline. */
    public record Event(long alertId, AlertEventType type, boolean notifies, boolean silenced, String status,
            Severity severity, BigDecimal value, String detail) {
    }

    /** Open alerts, locked until the cycle's transaction ends so that an acknowledgement waits for it. */
    public Map<AlertKey, OpenAlert> lockOpen(Connection connection) throws SQLException {
        Map<AlertKey, OpenAlert> open = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, kind, subject_type, subject_key, period_key, state, severity, notified_severity, streak,
                       acknowledged, last_notified_at
                FROM alert WHERE state <> 'RESOLVED' FOR UPDATE""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                AlertKey key = new AlertKey(AlertKind.valueOf(rows.getString("kind")),
                        SubjectType.valueOf(rows.getString("subject_type")), rows.getString("subject_key"),
                        rows.getString("period_key"));
                String notified = rows.getString("notified_severity");
                open.put(key, new OpenAlert(rows.getLong("id"), key, new Snapshot(AlertState.valueOf(rows.getString("state")),
                        Severity.valueOf(rows.getString("severity")), rows.getInt("streak"),
                        notified == null ? null : Severity.valueOf(notified), rows.getBoolean("acknowledged"),
                        Jdbc.instant(rows, "last_notified_at"))));
            }
        }
        return open;
    }

    public List<ActiveSilence> activeSilences(Connection connection, Instant now) throws SQLException {
        List<ActiveSilence> silences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT matcher, value FROM silence WHERE starts_at <= ? AND ends_at > ?")) {
            Jdbc.setInstant(statement, 1, now);
            Jdbc.setInstant(statement, 2, now);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    silences.add(new ActiveSilence(SilenceMatcher.valueOf(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return silences;
    }

    public long insert(Connection connection, Observation observation, Snapshot snapshot, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO alert (kind, subject_type, subject_key, period_key, title, owner_team, category, tags, state,
                    status, severity, notified_severity, streak, last_notified_at, opened_at, fired_at, value, target)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            int i = 0;
            statement.setString(++i, observation.kind().name());
            statement.setString(++i, observation.subjectType().name());
            statement.setString(++i, observation.subjectKey());
            statement.setString(++i, observation.periodKey());
            statement.setString(++i, observation.title());
            statement.setString(++i, observation.ownerTeam());
            statement.setString(++i, observation.category());
            statement.setArray(++i, Jdbc.textArray(connection, observation.tags()));
            statement.setString(++i, snapshot.state().name());
            statement.setString(++i, observation.status());
            statement.setString(++i, snapshot.severity().name());
            statement.setString(++i, snapshot.notified() == null ? null : snapshot.notified().name());
            statement.setInt(++i, snapshot.streak());
            Jdbc.setInstant(statement, ++i, snapshot.lastNotifiedAt());
            Jdbc.setInstant(statement, ++i, now);
            Jdbc.setInstant(statement, ++i, snapshot.state() == AlertState.FIRING ? now : null);
            statement.setBigDecimal(++i, observation.value());
            statement.setBigDecimal(++i, observation.target());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** An alert's new state; {@code observation} null when the alert ends without a new observation. */
    public record Update(long id, Snapshot snapshot, Observation observation) {
    }

    public void update(Connection connection, List<Update> updates, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE alert SET state = ?, severity = ?, notified_severity = ?, streak = ?, acknowledged = ?,
                    last_notified_at = ?, status = coalesce(?, status), value = coalesce(?, value),
                    target = coalesce(?, target),
                    fired_at = CASE WHEN ? = 'FIRING' THEN coalesce(fired_at, ?) ELSE fired_at END,
                    resolved_at = CASE WHEN ? = 'RESOLVED' THEN ? ELSE resolved_at END,
                    version = version + 1
                WHERE id = ?""")) {
            for (Update update : updates) {
                Snapshot s = update.snapshot();
                Observation o = update.observation();
                int i = 0;
                statement.setString(++i, s.state().name());
                statement.setString(++i, s.severity().name());
                statement.setString(++i, s.notified() == null ? null : s.notified().name());
                statement.setInt(++i, s.streak());
                statement.setBoolean(++i, s.acknowledged());
                Jdbc.setInstant(statement, ++i, s.lastNotifiedAt());
                statement.setString(++i, o == null ? null : o.status());
                statement.setBigDecimal(++i, o == null ? null : o.value());
                statement.setBigDecimal(++i, o == null ? null : o.target());
                statement.setString(++i, s.state().name());
                Jdbc.setInstant(statement, ++i, now);
                statement.setString(++i, s.state().name());
                Jdbc.setInstant(statement, ++i, now);
                statement.setLong(++i, update.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void insertEvents(Connection connection, List<Event> events, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO alert_event (alert_id, at, type, notifies, silenced, status, severity, value, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Event event : events) {
                statement.setLong(1, event.alertId());
                Jdbc.setInstant(statement, 2, now);
                statement.setString(3, event.type().name());
                statement.setBoolean(4, event.notifies());
                statement.setBoolean(5, event.silenced());
                statement.setString(6, event.status());
                statement.setString(7, event.severity() == null ? null : event.severity().name());
                statement.setBigDecimal(8, event.value());
                statement.setString(9, event.detail());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
