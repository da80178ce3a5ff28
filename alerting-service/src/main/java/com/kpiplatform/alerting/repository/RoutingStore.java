package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.domain.SubscriptionRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What routing reads in the cycle's transaction: the changes to tell, who subscribed, who was told before. */
@ApplicationScoped
public class RoutingStore {

    /** An alert with what messages show about its KPI (from the scorecard; null for key results and the system). */
    public record AlertRow(long id, AlertKind kind, SubjectType subjectType, String subjectKey, String periodKey,
            String title, String ownerTeam, String category, List<String> tags, String level, String status,
            Severity severity, BigDecimal value, BigDecimal target, String name, String unit, BigDecimal pace,
            BigDecimal forecast, String ownerName, String ownerEmail) {
    }

    /** A notifying, unsilenced change of an alert. */
    public record EventRow(long id, AlertEventType type, String status, Severity severity, BigDecimal value,
            String detail, AlertRow alert) {
    }

    /** An enabled subscription whose channel exists. */
    public record Route(long id, String name, long channelId, ChannelType channelType, SubscriptionRule rule,
            boolean sendResolved, Duration repeatInterval, boolean missedTargets, boolean weeklyDigest) {
    }

    /** A period-end verdict that missed its target, with what messages show about the KPI. */
    public record MissedTarget(long id, String kpiKey, String periodKey, String status, BigDecimal actual,
            BigDecimal target, String message, String name, String unit, String category, String level,
            String ownerTeam, List<String> tags, String ownerName) {
    }

    private static final String ALERT_COLUMNS = """
            a.id AS alert_id, a.kind, a.subject_type, a.subject_key, a.period_key, a.title, a.owner_team, a.category,
            a.tags, a.status AS alert_status, a.severity AS alert_severity, a.value AS alert_value, a.target,
            s.level, s.name, s.unit, s.pace, s.forecast, s.owner_name, s.owner_email
            """;
    private static final String ALERT_JOIN = """
            LEFT JOIN scorecard_entry s ON a.subject_type = 'KPI' AND s.kpi_key = a.subject_key
            """;

    /** The changes decided at {@code at} (one cycle) that notify and no silence held back. */
    public List<EventRow> notifyingEvents(Connection connection, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT e.id, e.type, e.status, e.severity, "
                + "e.value, e.detail, " + ALERT_COLUMNS + " FROM alert_event e JOIN alert a ON a.id = e.alert_id "
                + ALERT_JOIN + " WHERE e.at = ? AND e.notifies AND NOT e.silenced ORDER BY e.id")) {
            Jdbc.setInstant(statement, 1, at);
            List<EventRow> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String severity = rows.getString("severity");
                    events.add(new EventRow(rows.getLong("id"), AlertEventType.valueOf(rows.getString("type")),
                            rows.getString("status"), severity == null ? null : Severity.valueOf(severity),
                            rows.getBigDecimal("value"), rows.getString("detail"), alert(rows)));
                }
            }
            return events;
        }
    }

    /** Firing, unacknowledged alerts: what per-subscription repeats are about. */
    public List<AlertRow> firingUnacknowledged(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alert a "
                + ALERT_JOIN + " WHERE a.state = 'FIRING' AND NOT a.acknowledged ORDER BY a.id");
                ResultSet rows = statement.executeQuery()) {
            List<AlertRow> alerts = new ArrayList<>();
            while (rows.next()) {
                alerts.add(alert(rows));
            }
            return alerts;
        }
    }

    public List<Route> routes(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT s.*, c.type AS channel_type FROM subscription s JOIN channel c ON c.id = s.channel_id
                WHERE s.enabled AND NOT c.deleted ORDER BY s.id""");
                ResultSet rows = statement.executeQuery()) {
            List<Route> routes = new ArrayList<>();
            while (rows.next()) {
                long repeat = rows.getLong("repeat_interval_seconds");
                Duration repeatInterval = rows.wasNull() ? null : Duration.ofSeconds(repeat);
                String level = rows.getString("level");
                SubscriptionRule rule = new SubscriptionRule(new HashSet<>(strings(rows.getArray("kpi_keys"))),
                        new HashSet<>(strings(rows.getArray("tags"))), rows.getString("category"), level,
                        rows.getString("owner_team"), Severity.valueOf(rows.getString("min_severity")));
                routes.add(new Route(rows.getLong("id"), rows.getString("name"), rows.getLong("channel_id"),
                        ChannelType.valueOf(rows.getString("channel_type")), rule, rows.getBoolean("send_resolved"),
                        repeatInterval, rows.getBoolean("missed_targets"), rows.getBoolean("weekly_digest")));
            }
            return routes;
        }
    }

    /** Who was told that an alert fires: subscriptions and owner addresses. */
    public record Told(Set<Long> subscriptions, Set<String> owners) {

        public static final Told NOBODY = new Told(Set.of(), Set.of());
    }

    /** Who was told that each of these alerts fires. */
    public Map<Long, Told> toldBefore(Connection connection, Collection<Long> alertIds) throws SQLException {
        Map<Long, Told> told = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT DISTINCT alert_id, subscription_id, recipient FROM delivery
                WHERE alert_id = ANY (?) AND kind IN ('FIRED', 'ESCALATED', 'REPEATED')""")) {
            statement.setArray(1, connection.createArrayOf("bigint", alertIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Told alert = told.computeIfAbsent(rows.getLong("alert_id"),
                            id -> new Told(new HashSet<>(), new HashSet<>()));
                    long subscription = rows.getLong("subscription_id");
                    if (rows.wasNull()) {
                        alert.owners().add(rows.getString("recipient"));
                    } else {
                        alert.subscriptions().add(subscription);
                    }
                }
            }
        }
        return told;
    }

    /** When each (alert, subscription) pair was last told that the alert fires. */
    public Map<String, Instant> lastTold(Connection connection, Collection<Long> subscriptionIds) throws SQLException {
        Map<String, Instant> last = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT d.alert_id, d.subscription_id, max(d.created_at) AS last FROM delivery d
                JOIN alert a ON a.id = d.alert_id
                WHERE a.state = 'FIRING' AND d.subscription_id = ANY (?) AND d.kind IN ('FIRED', 'ESCALATED', 'REPEATED')
                GROUP BY d.alert_id, d.subscription_id""")) {
            statement.setArray(1, connection.createArrayOf("bigint", subscriptionIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getLong("alert_id") + "/" + rows.getLong("subscription_id"), Jdbc.instant(rows, "last"));
                }
            }
        }
        return last;
    }

    /** KPIs among {@code kpiKeys} whose owners opted out of alert emails. */
    public Set<String> ownerOptOuts(Connection connection, Collection<String> kpiKeys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kpi_key FROM owner_notification_opt_out WHERE kpi_key = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", kpiKeys.toArray()));
            Set<String> keys = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }

    /** Verdicts decided at {@code at} that missed their target. */
    public List<MissedTarget> missedTargets(Connection connection, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT v.id, v.kpi_key, v.period_key, v.status, v.actual, v.target, v.message, s.name, s.unit, s.category,
                       s.level, s.owner_team, s.tags, s.owner_name
                FROM period_verdict v LEFT JOIN scorecard_entry s ON s.kpi_key = v.kpi_key
                WHERE v.decided_at = ? AND v.missed ORDER BY v.id""")) {
            Jdbc.setInstant(statement, 1, at);
            List<MissedTarget> missed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    missed.add(new MissedTarget(rows.getLong("id"), rows.getString("kpi_key"), rows.getString("period_key"),
                            rows.getString("status"), rows.getBigDecimal("actual"), rows.getBigDecimal("target"),
                            rows.getString("message"), rows.getString("name"), rows.getString("unit"),
                            rows.getString("category"), rows.getString("level"), rows.getString("owner_team"),
                            strings(rows.getArray("tags")), rows.getString("owner_name")));
                }
            }
            return missed;
        }
    }

    private static AlertRow alert(ResultSet rows) throws SQLException {
        return new AlertRow(rows.getLong("alert_id"), AlertKind.valueOf(rows.getString("kind")),
                SubjectType.valueOf(rows.getString("subject_type")), rows.getString("subject_key"),
                rows.getString("period_key"), rows.getString("title"), rows.getString("owner_team"),
                rows.getString("category"), strings(rows.getArray("tags")), rows.getString("level"),
                rows.getString("alert_status"), Severity.valueOf(rows.getString("alert_severity")),
                rows.getBigDecimal("alert_value"), rows.getBigDecimal("target"), rows.getString("name"),
                rows.getString("unit"), rows.getBigDecimal("pace"), rows.getBigDecimal("forecast"),
                rows.getString("owner_name"), rows.getString("owner_email"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
