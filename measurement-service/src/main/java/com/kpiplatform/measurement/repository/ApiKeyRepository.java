package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.support.actor.Actor;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code api_key} table: keys by id or by the hash of their secret, creation, revocation, last use. */
@ApplicationScoped
public class ApiKeyRepository {

    private static final String COLUMNS = "id, name, secret_hint, scopes, kpi_prefixes, requests_per_second, expires_at,"
            + " created_at, created_by, created_by_name, last_used_at, revoked_at, revoked_by, revoked_by_name";

    @Inject
    AgroalDataSource dataSource;

    /** A key to store: everything but its id. */
    public record NewKey(String name, byte[] secretHash, String hint, Set<String> scopes, List<String> kpiPrefixes,
            Integer requestsPerSecond, Instant expiresAt, Instant createdAt, Actor createdBy) {
    }

    public ApiKey insert(NewKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO api_key (name, secret_hash,"
                        + " secret_hint, scopes, kpi_prefixes, requests_per_second, expires_at, created_at, created_by,"
                        + " created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            insert.setString(1, key.name());
            insert.setBytes(2, key.secretHash());
            insert.setString(3, key.hint());
            insert.setArray(4, SqlArrays.text(connection, key.scopes()));
            insert.setArray(5, SqlArrays.text(connection, key.kpiPrefixes()));
            insert.setObject(6, key.requestsPerSecond(), Types.INTEGER);
            insert.setTimestamp(7, timestamp(key.expiresAt()));
            insert.setTimestamp(8, timestamp(key.createdAt()));
            insert.setString(9, key.createdBy().subject());
            insert.setString(10, key.createdBy().name());
            return single(insert).orElseThrow();
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    public Optional<ApiKey> findBySecretHash(byte[] hash) {
        return query("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ?", statement -> statement.setBytes(1, hash))
                .stream().findFirst();
    }

    public Optional<ApiKey> find(long id) {
        return query("SELECT " + COLUMNS + " FROM api_key WHERE id = ?", statement -> statement.setLong(1, id))
                .stream().findFirst();
    }

    /** All keys, newest first. */
    public List<ApiKey> list() {
        return query("SELECT " + COLUMNS + " FROM api_key ORDER BY id DESC", statement -> { });
    }

    /** Revokes the key unless it already is; answers it as stored afterwards. */
    public Optional<ApiKey> revoke(long id, Actor by, Instant at) {
        return query("UPDATE api_key SET revoked_at = coalesce(revoked_at, ?), revoked_by = coalesce(revoked_by, ?),"
                + " revoked_by_name = coalesce(revoked_by_name, ?) WHERE id = ? RETURNING " + COLUMNS, statement -> {
                    statement.setTimestamp(1, timestamp(at));
                    statement.setString(2, by.subject());
                    statement.setString(3, by.name());
                    statement.setLong(4, id);
                }).stream().findFirst();
    }

    public void recordUse(long id, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE api_key SET last_used_at = greatest(last_used_at, ?) WHERE id = ?")) {
            update.setTimestamp(1, timestamp(at));
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<ApiKey> query(String sql, Binding binding) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(key(rows));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    private static Optional<ApiKey> single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(key(rows)) : Optional.empty();
        }
    }

    private static ApiKey key(ResultSet rows) throws SQLException {
        String revokedBy = rows.getString("revoked_by");
        return new ApiKey(rows.getLong("id"), rows.getString("name"), rows.getString("secret_hint"),
                Set.of(texts(rows.getArray("scopes"))), List.of(texts(rows.getArray("kpi_prefixes"))),
                (Integer) rows.getObject("requests_per_second"), instant(rows, "expires_at"),
                instant(rows, "created_at"), new Actor(rows.getString("created_by"), rows.getString("created_by_name")),
                instant(rows, "last_used_at"), instant(rows, "revoked_at"),
                revokedBy == null ? null : new Actor(revokedBy, rows.getString("revoked_by_name")));
    }

    private static String[] texts(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
