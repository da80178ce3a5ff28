package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.delivery.Channel;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Channels: where notifications go, as people set them up, and how the outbox paces them (one
 * sender at a time, nothing before {@code not_before}). A deleted channel stays for its deliveries.
 */
@ApplicationScoped
public class ChannelRepository {

    @Inject
    SecretBox secrets;

    private static final String COLUMNS = "id, name, type, url, secret, recipients, not_before, created_by, created_by_name, created_at,"
            + " version";

    public Channel insert(Connection connection, Channel channel) throws SQLException {
        long id = Jdbc.list(connection, """
                INSERT INTO channel (name, type, url, secret, recipients, created_by, created_by_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", statement -> {
                    statement.setString(1, channel.name());
                    statement.setString(2, channel.type().name());
                    statement.setString(3, secrets.seal(channel.address().url()));
                    statement.setString(4, secrets.seal(channel.address().secret()));
                    statement.setArray(5, Jdbc.textArray(connection, channel.address().recipients()));
                    statement.setString(6, channel.created().by().subject());
                    statement.setString(7, channel.created().by().name());
                    Jdbc.setInstant(statement, 8, channel.created().at());
                }, rows -> rows.getLong(1)).get(0);
        return find(connection, id, false).orElseThrow();
    }

    /** Stores a channel's new name and address; its version moves on. */
    public Channel update(Connection connection, Channel channel) throws SQLException {
        Jdbc.update(connection, """
                UPDATE channel SET name = ?, url = ?, secret = ?, recipients = ?, version = version + 1
                WHERE id = ?""", statement -> {
                    statement.setString(1, channel.name());
                    statement.setString(2, secrets.seal(channel.address().url()));
                    statement.setString(3, secrets.seal(channel.address().secret()));
                    statement.setArray(4, Jdbc.textArray(connection, channel.address().recipients()));
                    statement.setLong(5, channel.id());
                });
        return find(connection, channel.id(), false).orElseThrow();
    }

    /** A channel that is not deleted; {@code lock} holds it until the transaction ends. */
    public Optional<Channel> find(Connection connection, long id, boolean lock) throws SQLException {
        return Jdbc.first(connection, "SELECT " + COLUMNS + " FROM channel WHERE id = ? AND NOT deleted"
                + (lock ? " FOR UPDATE" : ""), statement -> statement.setLong(1, id), this::channel);
    }

    public PageResponse<Channel> page(Connection connection, ChannelType type, PageParams page) throws SQLException {
        return Jdbc.page(connection, COLUMNS, "channel", new QueryConditions().always("NOT deleted").add("type = ?", type),
                "id", page, this::channel);
    }

    public void markDeleted(Connection connection, long id) throws SQLException {
        Jdbc.update(connection, "UPDATE channel SET deleted = true, version = version + 1 WHERE id = ?",
                statement -> statement.setLong(1, id));
    }

    /** Locks a channel for sending; false when another transaction (replica) holds it. */
    public boolean lockForSending(Connection connection, long id) throws SQLException {
        return Jdbc.first(connection, "SELECT id FROM channel WHERE id = ? FOR UPDATE SKIP LOCKED",
                statement -> statement.setLong(1, id), rows -> true).orElse(false);
    }

    /** Nothing more goes to the channel before {@code notBefore}. */
    public void hold(Connection connection, long id, Instant notBefore) throws SQLException {
        Jdbc.update(connection, "UPDATE channel SET not_before = ? WHERE id = ?", statement -> {
            Jdbc.setInstant(statement, 1, notBefore);
            statement.setLong(2, id);
        });
    }

    /**
     * Encrypts under the current key every channel secret that is not (stored in plain text
     * before encryption existed, or under an older key); answers how many channels changed.
     */
    public int resealAll(Connection connection) throws SQLException {
        List<StoredSecrets> stale = Jdbc.list(connection, "SELECT id, url, secret FROM channel FOR UPDATE",
                statement -> { }, rows -> new StoredSecrets(rows.getLong("id"), rows.getString("url"),
                        rows.getString("secret"))).stream()
                .filter(stored -> !secrets.isCurrent(stored.url()) || !secrets.isCurrent(stored.secret())).toList();
        for (StoredSecrets stored : stale) {
            Jdbc.update(connection, "UPDATE channel SET url = ?, secret = ? WHERE id = ?", statement -> {
                statement.setString(1, secrets.seal(secrets.open(stored.url())));
                statement.setString(2, secrets.seal(secrets.open(stored.secret())));
                statement.setLong(3, stored.id());
            });
        }
        return stale.size();
    }

    private record StoredSecrets(long id, String url, String secret) {
    }

    private Channel channel(ResultSet rows) throws SQLException {
        return new Channel(rows.getLong("id"), rows.getString("name"), ChannelType.valueOf(rows.getString("type")),
                new Channel.Address(secrets.open(rows.getString("url")), secrets.open(rows.getString("secret")),
                        Jdbc.strings(rows, "recipients")),
                Jdbc.instant(rows, "not_before"), new Audit(Jdbc.actor(rows, "created_by"), Jdbc.instant(rows, "created_at")),
                rows.getLong("version"));
    }
}
