package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.alert.Silence;
import com.kpiplatform.alerting.domain.alert.SilenceMatcher;
import com.kpiplatform.alerting.domain.alert.SilenceRule;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Silences: what the evaluation cycle holds back, and what people set and end. */
@ApplicationScoped
public class SilenceRepository {

    private static final String COLUMNS = "id, matcher, value, starts_at, ends_at, reason, created_by, created_by_name, created_at";

    /** The rules of the silences in force at {@code now}. */
    public List<SilenceRule> active(Connection connection, Instant now) throws SQLException {
        return Jdbc.list(connection, "SELECT matcher, value FROM silence WHERE starts_at <= ? AND ends_at > ?",
                statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    Jdbc.setInstant(statement, 2, now);
                }, rows -> new SilenceRule(SilenceMatcher.valueOf(rows.getString(1)), rows.getString(2)));
    }

    public Silence insert(Connection connection, Silence silence) throws SQLException {
        long id = Jdbc.list(connection, """
                INSERT INTO silence (matcher, value, starts_at, ends_at, reason, created_by, created_by_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", statement -> {
                    statement.setString(1, silence.rule().matcher().name());
                    statement.setString(2, silence.rule().value());
                    Jdbc.setInstant(statement, 3, silence.startsAt());
                    Jdbc.setInstant(statement, 4, silence.endsAt());
                    statement.setString(5, silence.reason());
                    statement.setString(6, silence.created().by().subject());
                    statement.setString(7, silence.created().by().name());
                    Jdbc.setInstant(statement, 8, silence.created().at());
                }, rows -> rows.getLong(1)).get(0);
        return find(connection, id).orElseThrow();
    }

    /** Silences newest first; {@code active} true for those in force at {@code now}, false for the others. */
    public PageResponse<Silence> page(Connection connection, Boolean active, Instant now, PageParams page)
            throws SQLException {
        QueryConditions where = new QueryConditions();
        if (active != null) {
            where.add(active ? "(starts_at <= ? AND ends_at > ?)" : "(starts_at > ? OR ends_at <= ?)", now);
        }
        return Jdbc.page(connection, COLUMNS, "silence", where, "id DESC", page, SilenceRepository::silence);
    }

    public Optional<Silence> find(Connection connection, long id) throws SQLException {
        return Jdbc.first(connection, "SELECT " + COLUMNS + " FROM silence WHERE id = ?",
                statement -> statement.setLong(1, id), SilenceRepository::silence);
    }

    public void end(Connection connection, long id, Instant endsAt) throws SQLException {
        Jdbc.update(connection, "UPDATE silence SET ends_at = ?, version = version + 1 WHERE id = ?", statement -> {
            Jdbc.setInstant(statement, 1, endsAt);
            statement.setLong(2, id);
        });
    }

    private static Silence silence(ResultSet rows) throws SQLException {
        return new Silence(rows.getLong("id"), new SilenceRule(SilenceMatcher.valueOf(rows.getString("matcher")),
                rows.getString("value")), Jdbc.instant(rows, "starts_at"), Jdbc.instant(rows, "ends_at"),
                rows.getString("reason"), new Audit(Jdbc.actor(rows, "created_by"), Jdbc.instant(rows, "created_at")));
    }
}
