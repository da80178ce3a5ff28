package com.kpiplatform.alerting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What weekly digests show: every KPI's scorecard entry with its status a week before. */
@ApplicationScoped
public class DigestStore {

    /** A KPI's latest evaluation, and its status at {@code before} (null when it was not evaluated then). */
    public record Entry(String kpiKey, String name, String unit, String category, String level, String ownerTeam,
            List<String> tags, String ownerEmail, String status, String previousStatus, BigDecimal actual,
            BigDecimal target) {
    }

    public List<Entry> scorecard(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT s.kpi_key, s.name, s.unit, s.category, s.level, s.owner_team, s.tags, s.owner_email, s.status,
                       s.actual, s.target, e.status AS previous_status
                FROM scorecard_entry s
                LEFT JOIN LATERAL (SELECT status FROM kpi_evaluation e WHERE e.kpi_key = s.kpi_key AND e.evaluated_at <= ?
                                   ORDER BY e.evaluated_at DESC LIMIT 1) e ON true
                ORDER BY s.kpi_key""")) {
            Jdbc.setInstant(statement, 1, before);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString("kpi_key"), rows.getString("name"), rows.getString("unit"),
                            rows.getString("category"), rows.getString("level"), rows.getString("owner_team"),
                            RoutingStore.strings(rows.getArray("tags")), rows.getString("owner_email"),
                            rows.getString("status"), rows.getString("previous_status"), rows.getBigDecimal("actual"),
                            rows.getBigDecimal("target")));
                }
            }
            return entries;
        }
    }
}
