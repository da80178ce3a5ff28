package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.judging.KeyResultEvaluation;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Each key result's latest evaluated status. */
@ApplicationScoped
public class KeyResultStatusRepository {

    public void save(Connection connection, List<Objective> objectives, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO key_result_status (key_result_id, objective_id, objective, title, period_key, owner_team,
                    kpi_key, status, progress, expected, confidence, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (key_result_id) DO UPDATE SET objective = excluded.objective, title = excluded.title,
                    period_key = excluded.period_key, owner_team = excluded.owner_team, kpi_key = excluded.kpi_key,
                    status = excluded.status, progress = excluded.progress, expected = excluded.expected,
                    confidence = excluded.confidence, evaluated_at = excluded.evaluated_at""")) {
            for (Objective objective : objectives) {
                for (Objective.KeyResult kr : objective.keyResults()) {
                    statement.setLong(1, kr.id());
                    statement.setLong(2, objective.id());
                    statement.setString(3, objective.title());
                    statement.setString(4, kr.title());
                    statement.setString(5, objective.period());
                    statement.setString(6, objective.ownerTeam());
                    statement.setString(7, kr.kpiKey());
                    statement.setString(8, kr.standing().status());
                    statement.setBigDecimal(9, kr.standing().progress());
                    statement.setBigDecimal(10, objective.expectedProgress());
                    Jdbc.setInteger(statement, 11, kr.standing().confidence());
                    Jdbc.setInstant(statement, 12, now);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    /** Key results by objective, optionally of one owner team and status. */
    public PageResponse<KeyResultEvaluation> page(Connection connection, String ownerTeam, String status,
            PageParams page) throws SQLException {
        QueryConditions where = new QueryConditions().add("owner_team = ?", ownerTeam).add("status = ?", status);
        return Jdbc.page(connection, """
                key_result_id, objective_id, objective, title, period_key, owner_team, kpi_key, status, progress, expected,
                confidence, evaluated_at""", "key_result_status", where, "objective_id, key_result_id", page, rows -> {
                    Objective objective = new Objective(rows.getLong("objective_id"), rows.getString("objective"),
                            rows.getString("period_key"), false, rows.getString("owner_team"),
                            rows.getBigDecimal("expected"), List.of());
                    Objective.KeyResult keyResult = new Objective.KeyResult(rows.getLong("key_result_id"),
                            rows.getString("title"), rows.getString("kpi_key"), new Objective.Standing(
                                    rows.getString("status"), rows.getBigDecimal("progress"), null, null,
                                    Jdbc.nullableInteger(rows, "confidence")), false);
                    return new KeyResultEvaluation(objective, keyResult, Jdbc.instant(rows, "evaluated_at"));
                });
    }
}
