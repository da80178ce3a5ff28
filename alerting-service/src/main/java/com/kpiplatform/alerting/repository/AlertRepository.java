package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.alert.Alert;
import com.kpiplatform.alerting.domain.alert.AlertEvent;
import com.kpiplatform.alerting.domain.alert.AlertEventType;
import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.AlertLifecycle.Snapshot;
import com.kpiplatform.alerting.domain.alert.AlertState;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.FiringAlert;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.OpenAlert;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.kpi.Owner;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts and their timelines: what the evaluation cycle opens and moves, and what people read and acknowledge. */
@ApplicationScoped
public class AlertRepository {

    /** An alert's new state; {@code condition} null when the alert ends without a new observation. */
    public record Update(long id, Snapshot snapshot, Condition condition) {
    }

    /** A line to add to an alert's timeline. */
    public record Logged(long alertId, AlertEvent event) {
    }

    private static final String COLUMNS = """
            a.id, a.kind, a.subject_type, a.subject_key, a.dimensions, a.period_key, a.title, a.owner_team, a.category,
            a.tags, a.state, a.status, a.severity, a.value, a.target, a.acknowledged, a.acknowledged_by, a.acknowledged_by_name,
            a.acknowledged_at, a.opened_at, a.fired_at, a.resolved_at, a.last_notified_at""";

    /** Open alerts, locked until the cycle's transaction ends so that an acknowledgement waits for it. */
    public Map<AlertKey, OpenAlert> lockOpen(Connection connection) throws SQLException {
        Map<AlertKey, OpenAlert> open = new HashMap<>();
        for (OpenAlert alert : Jdbc.list(connection, """
                SELECT id, kind, subject_type, subject_key, period_key, state, severity, notified_severity, streak,
                       acknowledged, last_notified_at
                FROM alert WHERE state <> 'RESOLVED' FOR UPDATE""", Jdbc.NO_PARAMETERS, AlertRepository::openAlert)) {
            open.put(alert.key(), alert);
        }
        return open;
    }

    public long insert(Connection connection, Observation observation, Snapshot snapshot, Instant now)
            throws SQLException {
        Profile profile = observation.profile();
        Condition condition = observation.condition();
        return Jdbc.list(connection, """
                INSERT INTO alert (kind, subject_type, subject_key, period_key, title, owner_team, category, tags, state,
                    status, severity, notified_severity, streak, last_notified_at, opened_at, fired_at, value, target)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", statement -> {
                    int i = key(statement, 0, observation.key());
                    statement.setString(++i, observation.title());
                    statement.setString(++i, profile.owner().team());
                    statement.setString(++i, profile.category());
                    statement.setArray(++i, Jdbc.textArray(connection, profile.tags()));
                    statement.setString(++i, snapshot.state().name());
                    statement.setString(++i, condition.status());
                    statement.setString(++i, snapshot.severity().name());
                    statement.setString(++i, Jdbc.name(snapshot.notified()));
                    statement.setInt(++i, snapshot.streak());
                    Jdbc.setInstant(statement, ++i, snapshot.lastNotifiedAt());
                    Jdbc.setInstant(statement, ++i, now);
                    Jdbc.setInstant(statement, ++i, snapshot.state() == AlertState.FIRING ? now : null);
                    statement.setBigDecimal(++i, condition.value());
                    statement.setBigDecimal(++i, condition.target());
                }, rows -> rows.getLong(1)).get(0);
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
                Condition c = update.condition();
                int i = 0;
                statement.setString(++i, s.state().name());
                statement.setString(++i, s.severity().name());
                statement.setString(++i, Jdbc.name(s.notified()));
                statement.setInt(++i, s.streak());
                statement.setBoolean(++i, s.acknowledged());
                Jdbc.setInstant(statement, ++i, s.lastNotifiedAt());
                statement.setString(++i, c == null ? null : c.status());
                statement.setBigDecimal(++i, c == null ? null : c.value());
                statement.setBigDecimal(++i, c == null ? null : c.target());
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

    /** Adds the lines to their alerts' timelines; answers their ids, in the same order. */
    public List<Long> log(Connection connection, List<Logged> events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO alert_event (alert_id, at, type, notifies, silenced, status, severity, value, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            for (Logged logged : events) {
                AlertEvent event = logged.event();
                statement.setLong(1, logged.alertId());
                Jdbc.setInstant(statement, 2, event.at());
                statement.setString(3, event.type().name());
                statement.setBoolean(4, event.notifies());
                statement.setBoolean(5, event.silenced());
                statement.setString(6, event.status());
                statement.setString(7, Jdbc.name(event.severity()));
                statement.setBigDecimal(8, event.value());
                statement.setString(9, event.detail());
                statement.addBatch();
            }
            statement.executeBatch();
            List<Long> ids = new ArrayList<>();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Firing, unacknowledged alerts, with what messages show about their KPI: what per-subscription repeats are about. */
    public List<FiringAlert> firingUnacknowledged(Connection connection) throws SQLException {
        return Jdbc.list(connection, """
                SELECT a.id, a.kind, a.subject_type, a.subject_key, a.period_key, a.title, a.owner_team, a.category,
                       a.tags, a.status, a.severity, a.value, a.target,
                       s.level, s.name, s.unit, s.pace, s.forecast, s.owner_name, s.owner_email
                FROM alert a LEFT JOIN scorecard_entry s ON a.subject_type = 'KPI' AND s.kpi_key = a.subject_key
                WHERE a.state = 'FIRING' AND NOT a.acknowledged ORDER BY a.id""", Jdbc.NO_PARAMETERS, rows -> {
                    Severity severity = Severity.valueOf(rows.getString("severity"));
                    Profile profile = new Profile(rows.getString("name"), rows.getString("unit"),
                            rows.getString("category"), rows.getString("level"), Jdbc.strings(rows, "tags"),
                            new Owner(rows.getString("owner_team"), rows.getString("owner_name"),
                                    rows.getString("owner_email")));
                    Condition condition = new Condition(rows.getString("status"), severity, false,
                            rows.getBigDecimal("value"), rows.getBigDecimal("target"), rows.getBigDecimal("pace"),
                            rows.getBigDecimal("forecast"), null);
                    return new FiringAlert(rows.getLong("id"), severity,
                            new Observation(key(rows), rows.getString("title"), profile, condition));
                });
    }

    /** Alerts newest first, filtered by state, kind and subject; without their timelines. */
    public PageResponse<Alert> page(Connection connection, AlertState state, AlertKind kind, String subjectKey,
            PageParams page) throws SQLException {
        QueryConditions where = new QueryConditions().add("a.state = ?", state).add("a.kind = ?", kind)
                .add("a.subject_key = ?", subjectKey);
        return Jdbc.page(connection, COLUMNS, "alert a", where, "a.id DESC", page, rows -> alert(rows, List.of()));
    }

    /** An alert with its timeline, oldest first; {@code lock} holds it until the transaction ends. */
    public Optional<Alert> find(Connection connection, long id, boolean lock) throws SQLException {
        Optional<Alert> alert = Jdbc.first(connection, "SELECT " + COLUMNS + " FROM alert a WHERE a.id = ?"
                + (lock ? " FOR UPDATE" : ""), statement -> statement.setLong(1, id), rows -> alert(rows, List.of()));
        if (alert.isEmpty()) {
            return alert;
        }
        List<AlertEvent> timeline = Jdbc.list(connection, """
                SELECT at, type, notifies, silenced, status, severity, value, detail
                FROM alert_event WHERE alert_id = ? ORDER BY id""", statement -> statement.setLong(1, id), rows ->
                new AlertEvent(Jdbc.instant(rows, "at"), AlertEventType.valueOf(rows.getString("type")),
                        rows.getBoolean("notifies"), rows.getBoolean("silenced"), rows.getString("status"),
                        Jdbc.enumOf(Severity.class, rows, "severity"), rows.getBigDecimal("value"),
                        rows.getString("detail")));
        Alert found = alert.get();
        return Optional.of(new Alert(found.id(), found.key(), found.dimensions(), found.title(), found.profile(),
                found.standing(), found.times(), timeline));
    }

    /** Marks an alert acknowledged: no repeats until it resolves or escalates. */
    public void acknowledge(Connection connection, long id, Alert.Acknowledgement acknowledgement) throws SQLException {
        Jdbc.update(connection, """
                UPDATE alert SET acknowledged = true, acknowledged_by = ?, acknowledged_by_name = ?, acknowledged_at = ?,
                    version = version + 1
                WHERE id = ?""", statement -> {
                    statement.setString(1, acknowledgement.by().subject());
                    statement.setString(2, acknowledgement.by().name());
                    Jdbc.setInstant(statement, 3, acknowledgement.at());
                    statement.setLong(4, id);
                });
    }

    private static Alert alert(ResultSet rows, List<AlertEvent> timeline) throws SQLException {
        Profile profile = new Profile(null, null, rows.getString("category"), null, Jdbc.strings(rows, "tags"),
                new Owner(rows.getString("owner_team"), null, null));
        Alert.Standing standing = new Alert.Standing(AlertState.valueOf(rows.getString("state")),
                rows.getString("status"), Severity.valueOf(rows.getString("severity")), rows.getBigDecimal("value"),
                rows.getBigDecimal("target"), new Alert.Acknowledgement(rows.getBoolean("acknowledged"),
                        Jdbc.actor(rows, "acknowledged_by"), Jdbc.instant(rows, "acknowledged_at")));
        Alert.Times times = new Alert.Times(Jdbc.instant(rows, "opened_at"), Jdbc.instant(rows, "fired_at"),
                Jdbc.instant(rows, "resolved_at"), Jdbc.instant(rows, "last_notified_at"));
        return new Alert(rows.getLong("id"), key(rows), rows.getString("dimensions"), rows.getString("title"), profile,
                standing, times, timeline);
    }

    private static OpenAlert openAlert(ResultSet rows) throws SQLException {
        return new OpenAlert(rows.getLong("id"), key(rows), new Snapshot(AlertState.valueOf(rows.getString("state")),
                Severity.valueOf(rows.getString("severity")), rows.getInt("streak"),
                Jdbc.enumOf(Severity.class, rows, "notified_severity"), rows.getBoolean("acknowledged"),
                Jdbc.instant(rows, "last_notified_at")));
    }

    private static AlertKey key(ResultSet rows) throws SQLException {
        return new AlertKey(AlertKind.valueOf(rows.getString("kind")), SubjectType.valueOf(rows.getString("subject_type")),
                rows.getString("subject_key"), rows.getString("period_key"));
    }

    /** Binds the key's four columns after {@code index}; answers the last index bound. */
    private static int key(PreparedStatement statement, int index, AlertKey key) throws SQLException {
        statement.setString(index + 1, key.kind().name());
        statement.setString(index + 2, key.subjectType().name());
        statement.setString(index + 3, key.subjectKey());
        statement.setString(index + 4, key.periodKey());
        return index + 4;
    }
}
