package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.judging.PerformanceStatus;
import com.kpiplatform.alerting.domain.judging.RecordedVerdict;
import com.kpiplatform.alerting.domain.judging.Verdict;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Period-end verdicts: whether a KPI met its target, decided once per KPI and period. */
@ApplicationScoped
public class VerdictRepository {

    /** Records the verdicts; a period already judged keeps its first. Answers the ones recorded now. */
    public List<RecordedVerdict> save(Connection connection, List<Verdict> verdicts, Instant now) throws SQLException {
        List<RecordedVerdict> recorded = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            Jdbc.first(connection, """
                    INSERT INTO period_verdict (kpi_key, period_key, decided_at, status, missed, actual, target, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_key, period_key) DO NOTHING RETURNING id""",
                    statement -> {
                        statement.setString(1, verdict.kpiKey());
                        statement.setString(2, verdict.periodKey());
                        Jdbc.setInstant(statement, 3, now);
                        statement.setString(4, verdict.status().name());
                        statement.setBoolean(5, verdict.missed());
                        statement.setBigDecimal(6, verdict.actual());
                        statement.setBigDecimal(7, verdict.target());
                        statement.setString(8, verdict.message());
                    }, rows -> new RecordedVerdict(rows.getLong(1), now, verdict)).ifPresent(recorded::add);
        }
        return recorded;
    }

    /** Verdicts newest first, optionally of one KPI, and only missed (or only met) ones. */
    public PageResponse<RecordedVerdict> page(Connection connection, String kpiKey, Boolean missed, PageParams page)
            throws SQLException {
        QueryConditions where = new QueryConditions().add("kpi_key = ?", kpiKey).add("missed = ?", missed);
        return Jdbc.page(connection, "id, kpi_key, period_key, decided_at, status, missed, actual, target, message",
                "period_verdict", where, "decided_at DESC, id DESC", page, rows -> new RecordedVerdict(rows.getLong("id"),
                        Jdbc.instant(rows, "decided_at"), new Verdict(rows.getString("kpi_key"), rows.getString("period_key"),
                                PerformanceStatus.valueOf(rows.getString("status")), rows.getBoolean("missed"),
                                rows.getBigDecimal("actual"), rows.getBigDecimal("target"), rows.getString("message"))));
    }
}
