package com.kpiplatform.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.DeliveryState;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.NoticeKind;
import com.kpiplatform.alerting.domain.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The outbox: queues deliveries, claims due ones with {@code FOR UPDATE SKIP LOCKED}, and records attempts. */
@ApplicationScoped
public class DeliveryStore {

    private static final int MAX_TEXT = 1000;

    @Inject
    ObjectMapper json;

    /** A notification to queue; {@code channelId} or {@code recipient} (a KPI owner's address) says where. */
    public record NewDelivery(String key, NoticeKind kind, Long channelId, ChannelType channelType, String recipient,
            Long subscriptionId, Long alertId, Notice notice) {
    }

    /** Where a claimed delivery goes, with the channel's secrets. */
    public record Destination(ChannelType type, String url, String secret, List<String> recipients) {
    }

    /** A delivery this transaction holds until it commits. */
    public record Claimed(long id, String key, NoticeKind kind, Long channelId, int attempts, Notice notice,
            Destination destination) {
    }

    /**
     * Queues deliveries in one statement; one already queued under the same key is left alone.
     * Answers how many were new.
     */
    public int enqueue(Connection connection, List<NewDelivery> deliveries, Instant now) throws SQLException {
        if (deliveries.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO delivery (idempotency_key, kind, channel_id, channel_type, recipient, subscription_id, alert_id,
                    summary, notice, state, next_attempt_at, created_at)
                SELECT d.key, d.kind, d.channel_id, d.channel_type, d.recipient, d.subscription_id, d.alert_id, d.summary,
                       d.notice::jsonb, 'PENDING', ?, ?
                FROM unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[],
                            ?::varchar[], ?::text[])
                     AS d (key, kind, channel_id, channel_type, recipient, subscription_id, alert_id, summary, notice)
                ON CONFLICT (idempotency_key) DO NOTHING""")) {
            Jdbc.setInstant(statement, 1, now);
            Jdbc.setInstant(statement, 2, now);
            int i = 2;
            statement.setArray(++i, texts(connection, deliveries, NewDelivery::key));
            statement.setArray(++i, texts(connection, deliveries, d -> d.kind().name()));
            statement.setArray(++i, longs(connection, deliveries, NewDelivery::channelId));
            statement.setArray(++i, texts(connection, deliveries, d -> d.channelType().name()));
            statement.setArray(++i, texts(connection, deliveries, NewDelivery::recipient));
            statement.setArray(++i, longs(connection, deliveries, NewDelivery::subscriptionId));
            statement.setArray(++i, longs(connection, deliveries, NewDelivery::alertId));
            statement.setArray(++i, texts(connection, deliveries, d -> truncate(d.notice().headline(), 500)));
            statement.setArray(++i, texts(connection, deliveries, d -> write(d.notice())));
            return statement.executeUpdate();
        }
    }

    private static Array texts(Connection connection, List<NewDelivery> deliveries, Function<NewDelivery, String> field)
            throws SQLException {
        return connection.createArrayOf("varchar", deliveries.stream().map(field).toArray());
    }

    private static Array longs(Connection connection, List<NewDelivery> deliveries, Function<NewDelivery, Long> field)
            throws SQLException {
        return connection.createArrayOf("bigint", deliveries.stream().map(field).toArray());
    }

    private static final String CLAIM = """
            SELECT d.id, d.idempotency_key, d.kind, d.channel_id, d.channel_type, d.recipient, d.attempts,
                   d.notice::text AS notice, c.url, c.secret, c.recipients
            FROM delivery d LEFT JOIN channel c ON c.id = d.channel_id
            """;

    public long idOf(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM delivery WHERE idempotency_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no delivery " + key);
                }
                return rows.getLong(1);
            }
        }
    }

    /**
     * The oldest due delivery nobody else holds, locked: its channel must be free of a rate limit or
     * Retry-After, and not among {@code skipChannels} (channels another replica is sending to); no
     * mail when {@code skipEmail}.
     */
    public Optional<Claimed> claimNext(Connection connection, Instant now, Collection<Long> skipChannels,
            boolean skipEmail) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM + """
                WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?
                  AND (d.channel_id IS NULL
                       OR (c.not_before IS NULL OR c.not_before <= ?) AND NOT d.channel_id = ANY (?))
                  AND NOT (? AND d.channel_type = 'EMAIL')
                ORDER BY d.id LIMIT 1
                FOR UPDATE OF d SKIP LOCKED""")) {
            Jdbc.setInstant(statement, 1, now);
            Jdbc.setInstant(statement, 2, now);
            statement.setArray(3, connection.createArrayOf("bigint", skipChannels.toArray()));
            statement.setBoolean(4, skipEmail);
            return claimed(statement);
        }
    }

    /** One pending delivery, locked, whenever it is due; empty when it is not pending or another transaction holds it. */
    public Optional<Claimed> claim(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM
                + " WHERE d.id = ? AND d.state = 'PENDING' FOR UPDATE OF d SKIP LOCKED")) {
            statement.setLong(1, id);
            return claimed(statement);
        }
    }

    private Optional<Claimed> claimed(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            ChannelType type = ChannelType.valueOf(rows.getString("channel_type"));
            long channel = rows.getLong("channel_id");
            Long channelId = rows.wasNull() ? null : channel;
            String recipient = rows.getString("recipient");
            Destination destination = channelId == null
                    ? new Destination(type, null, null, List.of(recipient))
                    : new Destination(type, rows.getString("url"), rows.getString("secret"),
                            RoutingStore.strings(rows.getArray("recipients")));
            return Optional.of(new Claimed(rows.getLong("id"), rows.getString("idempotency_key"),
                    NoticeKind.valueOf(rows.getString("kind")), channelId, rows.getInt("attempts"),
                    read(rows.getString("notice")), destination));
        }
    }

    /** Locks a channel for this transaction; false when another transaction (replica) holds it. */
    public boolean lockChannel(Connection connection, long channelId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM channel WHERE id = ? FOR UPDATE SKIP LOCKED")) {
            statement.setLong(1, channelId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Nothing more goes to the channel before {@code notBefore}. */
    public void holdChannel(Connection connection, long channelId, Instant notBefore) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE channel SET not_before = ? WHERE id = ?")) {
            Jdbc.setInstant(statement, 1, notBefore);
            statement.setLong(2, channelId);
            statement.executeUpdate();
        }
    }

    /** The attempt's row and the delivery's new state. */
    public void record(Connection connection, Claimed delivery, SendResult result, DeliveryState state,
            Instant nextAttemptAt, long durationMs, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO delivery_attempt (delivery_id, at, outcome, status_code, detail, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            statement.setLong(1, delivery.id());
            Jdbc.setInstant(statement, 2, now);
            statement.setString(3, state == DeliveryState.PENDING ? "RETRY" : state.name());
            Jdbc.setInteger(statement, 4, result.statusCode());
            statement.setString(5, truncate(result.detail(), MAX_TEXT));
            statement.setLong(6, durationMs);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE delivery SET state = ?, attempts = attempts + 1, next_attempt_at = coalesce(?, next_attempt_at),
                    last_error = ?, sent_at = ? WHERE id = ?""")) {
            statement.setString(1, state.name());
            Jdbc.setInstant(statement, 2, nextAttemptAt);
            statement.setString(3, truncate(result.detail(), MAX_TEXT));
            Jdbc.setInstant(statement, 4, state == DeliveryState.SENT ? now : null);
            statement.setLong(5, delivery.id());
            statement.executeUpdate();
        }
    }

    /** Queues a FAILED or DEAD delivery again, with a fresh count of attempts; false when it is not in such a state. */
    public boolean requeue(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?
                WHERE id = ? AND state IN ('FAILED', 'DEAD')""")) {
            Jdbc.setInstant(statement, 1, now);
            statement.setLong(2, id);
            return statement.executeUpdate() == 1;
        }
    }

    /** Ends the deliveries still waiting for a channel that was deleted. */
    public void failPending(Connection connection, long channelId, String reason) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE delivery SET state = 'FAILED', last_error = ? WHERE channel_id = ? AND state = 'PENDING'")) {
            statement.setString(1, reason);
            statement.setLong(2, channelId);
            statement.executeUpdate();
        }
    }

    private String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Notice read(String text) {
        try {
            return json.readValue(text, Notice.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
