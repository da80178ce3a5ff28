package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.Route;
import com.kpiplatform.alerting.domain.delivery.Subscription;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule;
import com.kpiplatform.alerting.domain.delivery.Wants;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Subscriptions: which alerts go to which channel, as people set them up, and as routing follows them. */
@ApplicationScoped
public class SubscriptionRepository {

    private static final String COLUMNS = """
            s.id, s.name, s.channel_id, s.kpi_keys, s.tags, s.category, s.level, s.owner_team, s.min_severity,
            s.send_resolved, s.repeat_interval_seconds, s.missed_targets, s.weekly_digest, s.enabled, s.created_by,
            s.created_by_name, s.created_at, s.version""";

    public Subscription insert(Connection connection, Subscription subscription) throws SQLException {
        long id = Jdbc.list(connection, """
                INSERT INTO subscription (name, channel_id, kpi_keys, tags, category, level, owner_team, min_severity,
                    send_resolved, repeat_interval_seconds, missed_targets, weekly_digest, enabled, created_by, created_by_name,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", statement -> {
                    int i = bindSettings(connection, statement, subscription);
                    statement.setString(++i, subscription.created().by().subject());
                    statement.setString(++i, subscription.created().by().name());
                    Jdbc.setInstant(statement, ++i, subscription.created().at());
                }, rows -> rows.getLong(1)).get(0);
        return find(connection, id, false).orElseThrow();
    }

    /** Stores a subscription's new settings; its version moves on. */
    public Subscription update(Connection connection, Subscription subscription) throws SQLException {
        Jdbc.update(connection, """
                UPDATE subscription SET name = ?, channel_id = ?, kpi_keys = ?, tags = ?, category = ?, level = ?,
                    owner_team = ?, min_severity = ?, send_resolved = ?, repeat_interval_seconds = ?, missed_targets = ?,
                    weekly_digest = ?, enabled = ?, version = version + 1
                WHERE id = ?""", statement -> {
                    int i = bindSettings(connection, statement, subscription);
                    statement.setLong(++i, subscription.id());
                });
        return find(connection, subscription.id(), false).orElseThrow();
    }

    /** A subscription; {@code lock} holds it until the transaction ends. */
    public Optional<Subscription> find(Connection connection, long id, boolean lock) throws SQLException {
        return Jdbc.first(connection, "SELECT " + COLUMNS + " FROM subscription s WHERE s.id = ?"
                + (lock ? " FOR UPDATE" : ""), statement -> statement.setLong(1, id), SubscriptionRepository::subscription);
    }

    public PageResponse<Subscription> page(Connection connection, Long channelId, PageParams page) throws SQLException {
        return Jdbc.page(connection, COLUMNS, "subscription s", new QueryConditions().add("s.channel_id = ?", channelId),
                "s.id", page, SubscriptionRepository::subscription);
    }

    public void delete(Connection connection, long id) throws SQLException {
        Jdbc.update(connection, "DELETE FROM subscription WHERE id = ?", statement -> statement.setLong(1, id));
    }

    /** The subscriptions that route to a channel. */
    public List<Long> routingTo(Connection connection, long channelId) throws SQLException {
        return Jdbc.list(connection, "SELECT id FROM subscription WHERE channel_id = ? ORDER BY id",
                statement -> statement.setLong(1, channelId), rows -> rows.getLong(1));
    }

    /** Enabled subscriptions whose channel exists, with the channel's type: where routing may send. */
    public List<Route> routes(Connection connection) throws SQLException {
        return Jdbc.list(connection, "SELECT " + COLUMNS + ", c.type AS channel_type FROM subscription s"
                + " JOIN channel c ON c.id = s.channel_id WHERE s.enabled AND NOT c.deleted ORDER BY s.id",
                Jdbc.NO_PARAMETERS, rows -> {
                    Subscription subscription = subscription(rows);
                    return new Route(subscription.id(), subscription.name(), subscription.channelId(),
                            ChannelType.valueOf(rows.getString("channel_type")), subscription.rule(), subscription.wants());
                });
    }

    /** Binds name to enabled, the settings insert and update share; answers the last index bound. */
    private static int bindSettings(Connection connection, PreparedStatement statement, Subscription subscription)
            throws SQLException {
        SubscriptionRule rule = subscription.rule();
        Wants wants = subscription.wants();
        int i = 0;
        statement.setString(++i, subscription.name());
        statement.setLong(++i, subscription.channelId());
        statement.setArray(++i, Jdbc.textArray(connection, rule.kpiKeys()));
        statement.setArray(++i, Jdbc.textArray(connection, rule.tags()));
        statement.setString(++i, rule.category());
        statement.setString(++i, rule.level());
        statement.setString(++i, rule.ownerTeam());
        statement.setString(++i, rule.minSeverity().name());
        statement.setBoolean(++i, wants.sendResolved());
        Jdbc.setLong(statement, ++i, wants.repeatInterval() == null ? null : wants.repeatInterval().toSeconds());
        statement.setBoolean(++i, wants.missedTargets());
        statement.setBoolean(++i, wants.weeklyDigest());
        statement.setBoolean(++i, subscription.enabled());
        return i;
    }

    private static Subscription subscription(ResultSet rows) throws SQLException {
        SubscriptionRule rule = new SubscriptionRule(Jdbc.strings(rows, "kpi_keys"), Jdbc.strings(rows, "tags"),
                rows.getString("category"), rows.getString("level"), rows.getString("owner_team"),
                Severity.valueOf(rows.getString("min_severity")));
        Long repeat = Jdbc.nullableLong(rows, "repeat_interval_seconds");
        Wants wants = new Wants(rows.getBoolean("send_resolved"), repeat == null ? null : Duration.ofSeconds(repeat),
                rows.getBoolean("missed_targets"), rows.getBoolean("weekly_digest"));
        return new Subscription(rows.getLong("id"), rows.getString("name"), rows.getLong("channel_id"), rule, wants,
                rows.getBoolean("enabled"), new Audit(Jdbc.actor(rows, "created_by"), Jdbc.instant(rows, "created_at")),
                rows.getLong("version"));
    }
}
