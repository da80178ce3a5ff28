package com.kpiplatform.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.domain.delivery.Addressee;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.Delivery;
import com.kpiplatform.alerting.domain.delivery.DeliveryState;
import com.kpiplatform.alerting.domain.delivery.NewDelivery;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import com.kpiplatform.alerting.domain.delivery.Told;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outbox: queues deliveries, claims due ones with {@code FOR UPDATE SKIP LOCKED}, records
 * attempts, and answers who was told what.
 */
@ApplicationScoped
public class DeliveryRepository {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_SUMMARY = 500;
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };
    private static final String CLAIM = """
            SELECT d.id, d.idempotency_key, d.channel_id, d.channel_type, d.recipient, d.attempts,
                   d.notice::text AS notice, c.url, c.secret, c.recipients
            FROM delivery d LEFT JOIN channel c ON c.id = d.channel_id
            """;
    private static final String COLUMNS = """
            id, idempotency_key, kind, channel_id, channel_type, recipient, subscription_id, alert_id, summary,
            notice::text AS notice, state, attempts, next_attempt_at, last_error, created_at, sent_at""";

    @Inject
    ObjectMapper json;

    @Inject
    SecretBox secrets;

    /**
     * Queues deliveries in one statement; one already queued under the same key is left alone.
     * Answers how many were new.
     */
    public int enqueue(Connection connection, List<NewDelivery> deliveries, Instant now) throws SQLException {
        if (deliveries.isEmpty()) {
            return 0;
        }
        return Jdbc.update(connection, """
                INSERT INTO delivery (idempotency_key, kind, channel_id, channel_type, recipient, subscription_id, alert_id,
                    summary, notice, state, next_attempt_at, created_at)
                SELECT d.key, d.kind, d.channel_id, d.channel_type, d.recipient, d.subscription_id, d.alert_id, d.summary,
                       d.notice::jsonb, 'PENDING', ?, ?
                FROM unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[],
                            ?::varchar[], ?::text[])
                     AS d (key, kind, channel_id, channel_type, recipient, subscription_id, alert_id, summary, notice)
                ON CONFLICT (idempotency_key) DO NOTHING""", statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    Jdbc.setInstant(statement, 2, now);
                    int i = 2;
                    statement.setArray(++i, texts(connection, deliveries, NewDelivery::key));
                    statement.setArray(++i, texts(connection, deliveries, d -> d.notice().kind().name()));
                    statement.setArray(++i, longs(connection, deliveries, d -> d.to().channelId()));
                    statement.setArray(++i, texts(connection, deliveries, d -> d.to().channelType().name()));
                    statement.setArray(++i, texts(connection, deliveries, d -> d.to().recipient()));
                    statement.setArray(++i, longs(connection, deliveries, NewDelivery::subscriptionId));
                    statement.setArray(++i, longs(connection, deliveries, NewDelivery::alertId));
                    statement.setArray(++i, texts(connection, deliveries, d -> truncate(d.notice().headline(), MAX_SUMMARY)));
                    statement.setArray(++i, texts(connection, deliveries, d -> write(NoticeDocument.of(d.notice()))));
                });
    }

    public long idOf(Connection connection, String key) throws SQLException {
        return Jdbc.first(connection, "SELECT id FROM delivery WHERE idempotency_key = ?",
                statement -> statement.setString(1, key), rows -> rows.getLong(1))
                .orElseThrow(() -> new IllegalStateException("no delivery " + key));
    }

    /**
     * The oldest due delivery nobody else holds, locked: its channel must be free of a rate limit or
     * Retry-After, and not among {@code skipChannels} (channels another replica is sending to); no
     * mail when {@code skipEmail}.
     */
    public Optional<ClaimedDelivery> claimNext(Connection connection, Instant now, Collection<Long> skipChannels,
            boolean skipEmail) throws SQLException {
        return Jdbc.first(connection, CLAIM + """
                WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?
                  AND (d.channel_id IS NULL
                       OR (c.not_before IS NULL OR c.not_before <= ?) AND NOT d.channel_id = ANY (?))
                  AND NOT (? AND d.channel_type = 'EMAIL')
                ORDER BY d.id LIMIT 1
                FOR UPDATE OF d SKIP LOCKED""", statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    Jdbc.setInstant(statement, 2, now);
                    statement.setArray(3, Jdbc.longArray(connection, skipChannels));
                    statement.setBoolean(4, skipEmail);
                }, this::claimed);
    }

    /** One pending delivery, locked, whenever it is due; empty when it is not pending or another transaction holds it. */
    public Optional<ClaimedDelivery> claim(Connection connection, long id) throws SQLException {
        return Jdbc.first(connection, CLAIM + " WHERE d.id = ? AND d.state = 'PENDING' FOR UPDATE OF d SKIP LOCKED",
                statement -> statement.setLong(1, id), this::claimed);
    }

    /** The attempt's row and the delivery's new state. */
    public void record(Connection connection, ClaimedDelivery delivery, SendResult result, DeliveryState state,
            Instant nextAttemptAt, long durationMs, Instant now) throws SQLException {
        Jdbc.update(connection, """
                INSERT INTO delivery_attempt (delivery_id, at, outcome, status_code, detail, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?)""", statement -> {
                    statement.setLong(1, delivery.id());
                    Jdbc.setInstant(statement, 2, now);
                    statement.setString(3, state == DeliveryState.PENDING ? "RETRY" : state.name());
                    Jdbc.setInteger(statement, 4, result.statusCode());
                    statement.setString(5, truncate(result.detail(), MAX_TEXT));
                    statement.setLong(6, durationMs);
                });
        Jdbc.update(connection, """
                UPDATE delivery SET state = ?, attempts = attempts + 1, next_attempt_at = coalesce(?, next_attempt_at),
                    last_error = ?, sent_at = ? WHERE id = ?""", statement -> {
                    statement.setString(1, state.name());
                    Jdbc.setInstant(statement, 2, nextAttemptAt);
                    statement.setString(3, truncate(result.detail(), MAX_TEXT));
                    Jdbc.setInstant(statement, 4, state == DeliveryState.SENT ? now : null);
                    statement.setLong(5, delivery.id());
                });
    }

    /** Queues a FAILED or DEAD delivery again, with a fresh count of attempts; false when it is not in such a state. */
    public boolean requeue(Connection connection, long id, Instant now) throws SQLException {
        return Jdbc.update(connection, """
                UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?
                WHERE id = ? AND state IN ('FAILED', 'DEAD')""", statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    statement.setLong(2, id);
                }) == 1;
    }

    /** How many deliveries wait to be sent (cheap: a partial index holds exactly these). */
    public long pendingCount(Connection connection) throws SQLException {
        return Jdbc.first(connection, "SELECT count(*) FROM delivery WHERE state = 'PENDING'", statement -> { },
                rows -> rows.getLong(1)).orElseThrow();
    }

    /** Ends the deliveries still waiting for a channel that was deleted. */
    public void failPending(Connection connection, long channelId, String reason) throws SQLException {
        Jdbc.update(connection, "UPDATE delivery SET state = 'FAILED', last_error = ? WHERE channel_id = ? AND state = 'PENDING'",
                statement -> {
                    statement.setString(1, reason);
                    statement.setLong(2, channelId);
                });
    }

    /**
     * Who was told, or is still to be told, that each of these alerts fires: a delivery that ended
     * FAILED or DEAD told nobody.
     */
    public Map<Long, Told> toldBefore(Connection connection, Collection<Long> alertIds) throws SQLException {
        Map<Long, Told> told = new HashMap<>();
        Jdbc.list(connection, """
                SELECT DISTINCT alert_id, subscription_id, recipient FROM delivery
                WHERE alert_id = ANY (?) AND kind IN ('FIRED', 'ESCALATED', 'REPEATED') AND state IN ('PENDING', 'SENT')""",
                statement -> statement.setArray(1, Jdbc.longArray(connection, alertIds)), rows -> {
                    Told alert = told.computeIfAbsent(rows.getLong("alert_id"),
                            id -> new Told(new HashSet<>(), new HashSet<>()));
                    Long subscription = Jdbc.nullableLong(rows, "subscription_id");
                    return subscription == null ? alert.owners().add(rows.getString("recipient"))
                            : alert.subscriptions().add(subscription);
                });
        return told;
    }

    /** When each (alert, subscription) pair was last told that the alert fires, by {@code "alertId/subscriptionId"}. */
    public Map<String, Instant> lastTold(Connection connection, Collection<Long> subscriptionIds) throws SQLException {
        Map<String, Instant> last = new HashMap<>();
        Jdbc.list(connection, """
                SELECT d.alert_id, d.subscription_id, max(d.created_at) AS last FROM delivery d
                JOIN alert a ON a.id = d.alert_id
                WHERE a.state = 'FIRING' AND d.subscription_id = ANY (?) AND d.kind IN ('FIRED', 'ESCALATED', 'REPEATED')
                GROUP BY d.alert_id, d.subscription_id""",
                statement -> statement.setArray(1, Jdbc.longArray(connection, subscriptionIds)),
                rows -> last.put(rows.getLong("alert_id") + "/" + rows.getLong("subscription_id"), Jdbc.instant(rows, "last")));
        return last;
    }

    /** Deliveries newest first, filtered by state, channel and alert; without their attempts. */
    public PageResponse<Delivery> page(Connection connection, DeliveryState state, Long channelId, Long alertId,
            PageParams page) throws SQLException {
        QueryConditions where = new QueryConditions().add("state = ?", state).add("channel_id = ?", channelId)
                .add("alert_id = ?", alertId);
        return Jdbc.page(connection, COLUMNS, "delivery", where, "id DESC", page, rows -> delivery(rows, List.of()));
    }

    /** A delivery with its attempts, oldest first. */
    public Optional<Delivery> find(Connection connection, long id) throws SQLException {
        List<Delivery.Attempt> attempts = Jdbc.list(connection, """
                SELECT at, outcome, status_code, detail, duration_ms FROM delivery_attempt
                WHERE delivery_id = ? ORDER BY id""", statement -> statement.setLong(1, id), rows -> new Delivery.Attempt(
                Jdbc.instant(rows, "at"), rows.getString("outcome"), Jdbc.nullableInteger(rows, "status_code"),
                rows.getString("detail"), rows.getLong("duration_ms")));
        return Jdbc.first(connection, "SELECT " + COLUMNS + " FROM delivery WHERE id = ?",
                statement -> statement.setLong(1, id), rows -> delivery(rows, attempts));
    }

    private Delivery delivery(ResultSet rows, List<Delivery.Attempt> attempts) throws SQLException {
        DeliveryState state = DeliveryState.valueOf(rows.getString("state"));
        Delivery.Progress progress = new Delivery.Progress(state, rows.getInt("attempts"),
                state == DeliveryState.PENDING ? Jdbc.instant(rows, "next_attempt_at") : null,
                rows.getString("last_error"), Jdbc.instant(rows, "created_at"), Jdbc.instant(rows, "sent_at"));
        return new Delivery(rows.getLong("id"), rows.getString("idempotency_key"), addressee(rows),
                new Delivery.Origin(Jdbc.nullableLong(rows, "subscription_id"), Jdbc.nullableLong(rows, "alert_id")),
                new Delivery.Content(NoticeKind.valueOf(rows.getString("kind")), rows.getString("summary"),
                        read(rows.getString("notice"), DOCUMENT)), progress, attempts);
    }

    private ClaimedDelivery claimed(ResultSet rows) throws SQLException {
        Addressee to = addressee(rows);
        ClaimedDelivery.Destination destination = to.channelId() == null
                ? new ClaimedDelivery.Destination(null, to.channelType(), null, null, List.of(to.recipient()))
                : new ClaimedDelivery.Destination(to.channelId(), to.channelType(), secrets.open(rows.getString("url")),
                        secrets.open(rows.getString("secret")), Jdbc.strings(rows, "recipients"));
        return new ClaimedDelivery(rows.getLong("id"), rows.getString("idempotency_key"), rows.getInt("attempts"),
                read(rows.getString("notice"), NoticeDocument.class).toNotice(), destination);
    }

    private static Addressee addressee(ResultSet rows) throws SQLException {
        return new Addressee(Jdbc.nullableLong(rows, "channel_id"), ChannelType.valueOf(rows.getString("channel_type")),
                rows.getString("recipient"));
    }

    private static Array texts(Connection connection, List<NewDelivery> deliveries, Function<NewDelivery, String> field)
            throws SQLException {
        return connection.createArrayOf("varchar", deliveries.stream().map(field).toArray());
    }

    private static Array longs(Connection connection, List<NewDelivery> deliveries, Function<NewDelivery, Long> field)
            throws SQLException {
        return connection.createArrayOf("bigint", deliveries.stream().map(field).toArray());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
