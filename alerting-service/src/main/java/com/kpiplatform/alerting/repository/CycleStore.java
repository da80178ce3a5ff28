package com.kpiplatform.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.client.KpiView;
import com.kpiplatform.alerting.client.MeasurementClient.PeriodActual;
import com.kpiplatform.alerting.client.ObjectiveView;
import com.kpiplatform.alerting.service.KpiJudge.Judgement;
import com.kpiplatform.support.jdbc.CopyRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation cycle reads and writes besides alerts, in set-based JDBC statements so that
 * a cycle over thousands of KPIs costs a handful of round trips.
 */
@ApplicationScoped
public class CycleStore {

    /** What the previous cycle left for a KPI: its period and target then, and whether its history is loaded. */
    public record Previous(String periodKey, BigDecimal target, BigDecimal stretch, boolean historyLoaded) {
    }

    /** A finished cycle's figures. */
    public record CycleRecord(String trigger, String status, Instant startedAt, Instant finishedAt, int kpisEvaluated,
            int keyResultsEvaluated, Map<String, Map<String, Long>> statuses, int alertsOpened, int alertsResolved, String error) {
    }

    /** A period-end verdict to record once. */
    public record Verdict(String kpiKey, String periodKey, String status, boolean missed, BigDecimal actual,
            BigDecimal target, String message) {
    }

    @Inject
    ObjectMapper json;

    public Map<String, Previous> previous(Connection connection) throws SQLException {
        Map<String, Previous> previous = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT kpi_key, period_key, target, stretch, history_loaded FROM scorecard_entry")) {
            while (rows.next()) {
                previous.put(rows.getString(1), new Previous(rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4),
                        rows.getBoolean(5)));
            }
        }
        return previous;
    }

    /** Each KPI's stored period actuals, newest period first. */
    public Map<String, List<PeriodValue>> history(Connection connection, Collection<String> kpiKeys, int periods)
            throws SQLException {
        Map<String, List<PeriodValue>> history = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT kpi_key, period_key, value FROM (
                    SELECT kpi_key, period_key, value,
                           row_number() OVER (PARTITION BY kpi_key ORDER BY period_key DESC) AS n
                    FROM period_actual WHERE kpi_key = ANY(?) AND value IS NOT NULL) recent
                WHERE n <= ? ORDER BY kpi_key, period_key DESC""")) {
            statement.setArray(1, Jdbc.textArray(connection, List.copyOf(kpiKeys)));
            statement.setInt(2, periods + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    history.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new PeriodValue(rows.getString(2), rows.getBigDecimal(3)));
                }
            }
        }
        return history;
    }

    public record PeriodValue(String periodKey, BigDecimal value) {
    }

    /** Stores the actuals of completed periods; late measurements update them. */
    public void savePeriodActuals(Connection connection, List<PeriodActual> actuals) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO period_actual (kpi_key, period_key, value, count) VALUES (?, ?, ?, ?)
                ON CONFLICT (kpi_key, period_key) DO UPDATE SET value = excluded.value, count = excluded.count
                WHERE period_actual.value IS DISTINCT FROM excluded.value OR period_actual.count <> excluded.count""")) {
            for (PeriodActual actual : actuals) {
                statement.setString(1, actual.kpiKey());
                statement.setString(2, actual.periodKey());
                statement.setBigDecimal(3, actual.value());
                statement.setLong(4, actual.count());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public long insertCycle(Connection connection, CycleRecord cycle) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO evaluation_cycle (trigger, status, started_at, finished_at, duration_ms, kpis_evaluated,
                    key_results_evaluated, statuses, alerts_opened, alerts_resolved, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id""")) {
            statement.setString(1, cycle.trigger());
            statement.setString(2, cycle.status());
            Jdbc.setInstant(statement, 3, cycle.startedAt());
            Jdbc.setInstant(statement, 4, cycle.finishedAt());
            statement.setLong(5, cycle.finishedAt().toEpochMilli() - cycle.startedAt().toEpochMilli());
            statement.setInt(6, cycle.kpisEvaluated());
            statement.setInt(7, cycle.keyResultsEvaluated());
            statement.setString(8, toJson(cycle.statuses()));
            statement.setInt(9, cycle.alertsOpened());
            statement.setInt(10, cycle.alertsResolved());
            statement.setString(11, cycle.error());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Sets a cycle's end once everything it wrote is written; answers the end. */
    public Instant finishCycle(Connection connection, long id, Instant started, Instant finished) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE evaluation_cycle SET finished_at = ?, duration_ms = ? WHERE id = ?")) {
            Jdbc.setInstant(statement, 1, finished);
            statement.setLong(2, finished.toEpochMilli() - started.toEpochMilli());
            statement.setLong(3, id);
            statement.executeUpdate();
        }
        return finished;
    }

    /** How many cycles failed since the last one that succeeded. */
    public int failedInARow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT count(*) FROM evaluation_cycle
                WHERE id > coalesce((SELECT max(id) FROM evaluation_cycle WHERE status = 'SUCCEEDED'), 0)""")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** When the latest cycle (of any replica) started. */
    public Instant lastStart(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT max(started_at) FROM evaluation_cycle")) {
            rows.next();
            return Jdbc.instant(rows, "max");
        }
    }

    /** Appends every KPI's evaluation to its history and makes it the KPI's scorecard entry, by COPY. */
    public void saveEvaluations(Connection connection, long cycleId, List<Judgement> judgements, Instant now)
            throws SQLException {
        CopyRows evaluations = new CopyRows();
        CopyRows entries = new CopyRows();
        for (Judgement j : judgements) {
            evaluations.value(cycleId).value(j.kpi().key()).value(j.kpi().currentPeriod().key()).value(now)
                    .value(j.evaluation().status()).value(j.facts().target()).value(j.facts().stretch())
                    .value(j.actual()).value(j.evaluation().judged()).value(j.evaluation().attainment())
                    .value(j.evaluation().pace()).value(j.evaluation().forecast()).value(j.evaluation().elapsed())
                    .value(j.lastMeasurementAt()).value(j.evaluation().reason()).endRow();
            entries.value(j.kpi().key()).value(j.kpi().name()).value(j.kpi().unit()).value(j.kpi().category())
                    .value(j.kpi().level()).value(j.kpi().ownerTeam()).array(j.kpi().tags()).value(j.kpi().direction())
                    .value(j.kpi().aggregation()).value(j.kpi().currentPeriod().key()).value(now)
                    .value(j.evaluation().status()).value(j.facts().target()).value(j.facts().stretch())
                    .value(j.actual()).value(j.evaluation().attainment()).value(j.evaluation().pace())
                    .value(j.evaluation().forecast()).value(j.previousActual()).value(j.anomalyScore())
                    .value(toJson(j.findings())).value(j.evaluation().reason()).value(true).value(ownerName(j.kpi()))
                    .value(ownerEmail(j.kpi())).value(amberTolerance(j.kpi())).endRow();
        }
        evaluations.copy(connection, "COPY kpi_evaluation (cycle_id, kpi_key, period_key, evaluated_at, status, target,"
                + " stretch, actual, judged, attainment, pace, forecast, elapsed, last_measurement_at, reason) FROM STDIN");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE scorecard_stage (LIKE scorecard_entry) ON COMMIT DROP");
        }
        entries.copy(connection, "COPY scorecard_stage FROM STDIN");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO scorecard_entry SELECT * FROM scorecard_stage
                    ON CONFLICT (kpi_key) DO UPDATE SET name = excluded.name, unit = excluded.unit,
                        category = excluded.category, level = excluded.level, owner_team = excluded.owner_team,
                        tags = excluded.tags, direction = excluded.direction, aggregation = excluded.aggregation,
                        period_key = excluded.period_key, evaluated_at = excluded.evaluated_at, status = excluded.status,
                        target = excluded.target, stretch = excluded.stretch, actual = excluded.actual,
                        attainment = excluded.attainment, pace = excluded.pace, forecast = excluded.forecast,
                        previous_actual = excluded.previous_actual, anomaly_score = excluded.anomaly_score,
                        findings = excluded.findings, reason = excluded.reason, history_loaded = true,
                        owner_name = excluded.owner_name, owner_email = excluded.owner_email,
                        amber_tolerance_percent = excluded.amber_tolerance_percent""");
        }
    }

    private static String ownerName(KpiView kpi) {
        return kpi.owner() == null ? null : kpi.owner().name();
    }

    private static String ownerEmail(KpiView kpi) {
        return kpi.owner() == null ? null : kpi.owner().email();
    }

    private static BigDecimal amberTolerance(KpiView kpi) {
        return kpi.thresholds() == null ? null : kpi.thresholds().amberTolerancePercent();
    }

    /** Records verdicts; a period already judged keeps its first verdict. */
    public List<Verdict> saveVerdicts(Connection connection, List<Verdict> verdicts, Instant now) throws SQLException {
        List<Verdict> recorded = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO period_verdict (kpi_key, period_key, decided_at, status, missed, actual, target, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_key, period_key) DO NOTHING""")) {
            for (Verdict verdict : verdicts) {
                statement.setString(1, verdict.kpiKey());
                statement.setString(2, verdict.periodKey());
                Jdbc.setInstant(statement, 3, now);
                statement.setString(4, verdict.status());
                statement.setBoolean(5, verdict.missed());
                statement.setBigDecimal(6, verdict.actual());
                statement.setBigDecimal(7, verdict.target());
                statement.setString(8, verdict.message());
                if (statement.executeUpdate() == 1) {
                    recorded.add(verdict);
                }
            }
        }
        return recorded;
    }

    public void saveKeyResults(Connection connection, List<ObjectiveView> objectives, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO key_result_status (key_result_id, objective_id, objective, title, period_key, owner_team,
                    kpi_key, status, progress, expected, confidence, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (key_result_id) DO UPDATE SET objective = excluded.objective, title = excluded.title,
                    period_key = excluded.period_key, owner_team = excluded.owner_team, kpi_key = excluded.kpi_key,
                    status = excluded.status, progress = excluded.progress, expected = excluded.expected,
                    confidence = excluded.confidence, evaluated_at = excluded.evaluated_at""")) {
            for (ObjectiveView objective : objectives) {
                for (ObjectiveView.KeyResult kr : objective.keyResults()) {
                    statement.setLong(1, kr.id());
                    statement.setLong(2, objective.id());
                    statement.setString(3, objective.title());
                    statement.setString(4, kr.title());
                    statement.setString(5, objective.period());
                    statement.setString(6, objective.owner() == null ? null : objective.owner().team());
                    statement.setString(7, kr.kpiKey());
                    statement.setString(8, kr.status());
                    statement.setBigDecimal(9, kr.progress());
                    statement.setBigDecimal(10, objective.expectedProgress());
                    Jdbc.setInteger(statement, 11, kr.confidence());
                    Jdbc.setInstant(statement, 12, now);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
