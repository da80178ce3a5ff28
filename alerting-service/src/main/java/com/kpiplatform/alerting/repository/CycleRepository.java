package com.kpiplatform.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.domain.cycle.CycleCounts;
import com.kpiplatform.alerting.domain.cycle.CycleRecord;
import com.kpiplatform.alerting.domain.cycle.CycleStatus;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The record of evaluation cycles: what each evaluated, found and changed, or why it failed. */
@ApplicationScoped
public class CycleRepository {

    private static final TypeReference<Map<String, Map<String, Long>>> STATUSES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, trigger, status, started_at, finished_at, kpis_evaluated, key_results_evaluated, statuses::text AS statuses,
            alerts_opened, alerts_resolved, error""";

    @Inject
    ObjectMapper json;

    public long insert(Connection connection, CycleRecord cycle) throws SQLException {
        CycleCounts counts = cycle.counts();
        return Jdbc.list(connection, """
                INSERT INTO evaluation_cycle (trigger, status, started_at, finished_at, duration_ms, kpis_evaluated,
                    key_results_evaluated, statuses, alerts_opened, alerts_resolved, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id""", statement -> {
                    statement.setString(1, cycle.trigger().name());
                    statement.setString(2, cycle.status().name());
                    Jdbc.setInstant(statement, 3, cycle.startedAt());
                    Jdbc.setInstant(statement, 4, cycle.finishedAt());
                    Jdbc.setLong(statement, 5, cycle.durationMs());
                    statement.setInt(6, counts.kpisEvaluated());
                    statement.setInt(7, counts.keyResultsEvaluated());
                    statement.setString(8, write(counts.statuses()));
                    statement.setInt(9, counts.alertsOpened());
                    statement.setInt(10, counts.alertsResolved());
                    statement.setString(11, cycle.error());
                }, rows -> rows.getLong(1)).get(0);
    }

    /** Sets a cycle's end once everything it wrote is written. */
    public void finish(Connection connection, long id, Instant started, Instant finished) throws SQLException {
        Jdbc.update(connection, "UPDATE evaluation_cycle SET finished_at = ?, duration_ms = ? WHERE id = ?", statement -> {
            Jdbc.setInstant(statement, 1, finished);
            statement.setLong(2, finished.toEpochMilli() - started.toEpochMilli());
            statement.setLong(3, id);
        });
    }

    /** How many cycles failed since the last one that succeeded. */
    public int failedInARow(Connection connection) throws SQLException {
        return Jdbc.list(connection, """
                SELECT count(*) FROM evaluation_cycle
                WHERE id > coalesce((SELECT max(id) FROM evaluation_cycle WHERE status = 'SUCCEEDED'), 0)""",
                Jdbc.NO_PARAMETERS, rows -> rows.getInt(1)).get(0);
    }

    /** When the latest cycle (of any replica) started; null before the first. */
    public Instant lastStart(Connection connection) throws SQLException {
        return Jdbc.list(connection, "SELECT max(started_at) AS last FROM evaluation_cycle", Jdbc.NO_PARAMETERS,
                rows -> Jdbc.instant(rows, "last")).get(0);
    }

    /** Cycles newest first, optionally of one status. */
    public PageResponse<CycleRecord> page(Connection connection, CycleStatus status, PageParams page)
            throws SQLException {
        return Jdbc.page(connection, COLUMNS, "evaluation_cycle", new QueryConditions().add("status = ?", status),
                "id DESC", page, this::cycle);
    }

    public Optional<CycleRecord> find(Connection connection, long id) throws SQLException {
        return Jdbc.first(connection, "SELECT " + COLUMNS + " FROM evaluation_cycle WHERE id = ?",
                statement -> statement.setLong(1, id), this::cycle);
    }

    private CycleRecord cycle(ResultSet rows) throws SQLException {
        CycleCounts counts = new CycleCounts(rows.getInt("kpis_evaluated"), rows.getInt("key_results_evaluated"),
                read(rows.getString("statuses")), rows.getInt("alerts_opened"), rows.getInt("alerts_resolved"));
        return new CycleRecord(rows.getLong("id"), Trigger.valueOf(rows.getString("trigger")),
                CycleStatus.valueOf(rows.getString("status")), Jdbc.instant(rows, "started_at"),
                Jdbc.instant(rows, "finished_at"), counts, rows.getString("error"));
    }

    private String write(Map<String, Map<String, Long>> statuses) {
        try {
            return json.writeValueAsString(statuses);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Map<String, Long>> read(String statuses) {
        try {
            return json.readValue(statuses, STATUSES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
