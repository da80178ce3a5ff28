package com.kpiplatform.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.domain.delivery.DigestEntry;
import com.kpiplatform.alerting.domain.judging.Evaluation;
import com.kpiplatform.alerting.domain.judging.Judgement;
import com.kpiplatform.alerting.domain.judging.PerformanceStatus;
import com.kpiplatform.alerting.domain.judging.PreviousEvaluation;
import com.kpiplatform.alerting.domain.judging.ScorecardEntry;
import com.kpiplatform.alerting.domain.judging.ScorecardFilter;
import com.kpiplatform.alerting.domain.judging.StatusPoint;
import com.kpiplatform.alerting.domain.judging.TargetRealism;
import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.Owner;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.domain.kpi.Target;
import com.kpiplatform.support.jdbc.CopyRows;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every KPI's evaluations: the history of statuses (one row per KPI per cycle) and the scorecard
 * (each KPI's latest evaluation, with what dashboards and routing filter by).
 */
@ApplicationScoped
public class ScorecardRepository {

    private static final TypeReference<List<TargetRealism.Finding>> FINDINGS = new TypeReference<>() {
    };
    private static final String ENTRY_COLUMNS = """
            kpi_key, name, unit, category, level, owner_team, tags, owner_name, owner_email, direction, aggregation,
            period_key, evaluated_at, status, target, stretch, actual, attainment, pace, forecast, previous_actual,
            anomaly_score, findings::text AS findings, reason""";
    private static final String POINT_COLUMNS = """
            evaluated_at, period_key, status, target, stretch, actual, judged, attainment, pace, forecast, elapsed,
            last_measurement_at, reason""";

    @Inject
    ObjectMapper json;

    /** What the last cycle left for each KPI it evaluated. */
    public Map<String, PreviousEvaluation> previous(Connection connection) throws SQLException {
        Map<String, PreviousEvaluation> previous = new HashMap<>();
        for (Map.Entry<String, PreviousEvaluation> kpi : Jdbc.list(connection,
                "SELECT kpi_key, period_key, target, stretch, history_loaded FROM scorecard_entry", Jdbc.NO_PARAMETERS,
                rows -> Map.entry(rows.getString("kpi_key"), new PreviousEvaluation(rows.getString("period_key"),
                        target(rows), rows.getBoolean("history_loaded"))))) {
            previous.put(kpi.getKey(), kpi.getValue());
        }
        return previous;
    }

    /** Appends every KPI's evaluation to its history and makes it the KPI's scorecard entry, by COPY. */
    public void save(Connection connection, long cycleId, List<Judgement> judgements, Instant now)
            throws SQLException {
        CopyRows evaluations = new CopyRows();
        CopyRows entries = new CopyRows();
        for (Judgement j : judgements) {
            Kpi kpi = j.kpi();
            Evaluation e = j.evaluation();
            evaluations.value(cycleId).value(kpi.key()).value(kpi.currentPeriod().key()).value(now).value(e.status())
                    .value(j.facts().target()).value(j.facts().stretch()).value(j.facts().actual()).value(e.judged())
                    .value(e.attainment()).value(e.pace()).value(e.forecast()).value(e.elapsed())
                    .value(j.facts().lastMeasurementAt()).value(e.reason()).endRow();
            Profile profile = kpi.profile();
            entries.value(kpi.key()).value(profile.name()).value(profile.unit()).value(profile.category())
                    .value(profile.level()).value(profile.owner().team()).array(profile.tags())
                    .value(kpi.rules().direction()).value(kpi.rules().aggregation()).value(kpi.currentPeriod().key())
                    .value(now).value(e.status()).value(j.facts().target()).value(j.facts().stretch())
                    .value(j.facts().actual()).value(e.attainment()).value(e.pace()).value(e.forecast())
                    .value(j.previousActual()).value(j.anomalyScore()).value(write(j.findings())).value(e.reason())
                    .value(true).value(profile.owner().name()).value(profile.owner().email())
                    .value(kpi.rules().tolerancePercent()).endRow();
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

    /** The scorecard by KPI key, filtered by what dashboards filter by. */
    public PageResponse<ScorecardEntry> page(Connection connection, ScorecardFilter filter, PageParams page)
            throws SQLException {
        QueryConditions where = new QueryConditions().add("owner_team = ?", filter.ownerTeam())
                .add("category = ?", filter.category()).add("level = ?", filter.level())
                .add("? = ANY (tags)", filter.tag()).add("status = ?", filter.status());
        return Jdbc.page(connection, ENTRY_COLUMNS, "scorecard_entry", where, "kpi_key", page, this::entry);
    }

    /** A KPI's statuses, newest first, optionally between two instants. */
    public PageResponse<StatusPoint> history(Connection connection, String kpiKey, Instant from, Instant to,
            PageParams page) throws SQLException {
        QueryConditions where = new QueryConditions().add("kpi_key = ?", kpiKey).add("evaluated_at >= ?", from)
                .add("evaluated_at < ?", to);
        return Jdbc.page(connection, POINT_COLUMNS, "kpi_evaluation", where, "evaluated_at DESC, id DESC", page,
                ScorecardRepository::point);
    }

    /** Every KPI's latest evaluation with its status at {@code before} (null when it was not evaluated then). */
    public List<DigestEntry> digestEntries(Connection connection, Instant before) throws SQLException {
        return Jdbc.list(connection, """
                SELECT s.kpi_key, s.name, s.unit, s.category, s.level, s.owner_team, s.tags, s.owner_name, s.owner_email,
                       s.status, s.actual, s.target, e.status AS previous_status
                FROM scorecard_entry s
                LEFT JOIN LATERAL (SELECT status FROM kpi_evaluation e WHERE e.kpi_key = s.kpi_key AND e.evaluated_at <= ?
                                   ORDER BY e.evaluated_at DESC LIMIT 1) e ON true
                ORDER BY s.kpi_key""", statement -> Jdbc.setInstant(statement, 1, before), rows -> new DigestEntry(
                rows.getString("kpi_key"), profile(rows), rows.getString("status"), rows.getString("previous_status"),
                rows.getBigDecimal("actual"), rows.getBigDecimal("target")));
    }

    private ScorecardEntry entry(ResultSet rows) throws SQLException {
        ScorecardEntry.Standing standing = new ScorecardEntry.Standing(PerformanceStatus.valueOf(rows.getString("status")),
                rows.getBigDecimal("actual"), rows.getBigDecimal("attainment"), rows.getBigDecimal("pace"),
                rows.getBigDecimal("forecast"), rows.getString("reason"));
        ScorecardEntry.Latest latest = new ScorecardEntry.Latest(rows.getString("period_key"),
                Jdbc.instant(rows, "evaluated_at"), target(rows), standing);
        ScorecardEntry.Comparison comparison = new ScorecardEntry.Comparison(rows.getBigDecimal("previous_actual"),
                Jdbc.nullableDouble(rows, "anomaly_score"), read(rows.getString("findings")));
        return new ScorecardEntry(rows.getString("kpi_key"), profile(rows), Direction.valueOf(rows.getString("direction")),
                Aggregation.valueOf(rows.getString("aggregation")), latest, comparison);
    }

    private static StatusPoint point(ResultSet rows) throws SQLException {
        Evaluation evaluation = new Evaluation(PerformanceStatus.valueOf(rows.getString("status")),
                rows.getBigDecimal("judged"), rows.getBigDecimal("attainment"), rows.getBigDecimal("pace"),
                rows.getBigDecimal("forecast"), rows.getDouble("elapsed"), rows.getString("reason"));
        return new StatusPoint(Jdbc.instant(rows, "evaluated_at"), rows.getString("period_key"), target(rows),
                rows.getBigDecimal("actual"), Jdbc.instant(rows, "last_measurement_at"), evaluation);
    }

    private static Profile profile(ResultSet rows) throws SQLException {
        return new Profile(rows.getString("name"), rows.getString("unit"), rows.getString("category"),
                rows.getString("level"), Jdbc.strings(rows, "tags"), new Owner(rows.getString("owner_team"),
                        rows.getString("owner_name"), rows.getString("owner_email")));
    }

    private static Target target(ResultSet rows) throws SQLException {
        return new Target(rows.getBigDecimal("target"), rows.getBigDecimal("stretch"));
    }

    private String write(List<TargetRealism.Finding> findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TargetRealism.Finding> read(String findings) {
        try {
            return json.readValue(findings, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
