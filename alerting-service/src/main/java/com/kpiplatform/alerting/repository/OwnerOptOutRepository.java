package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** KPIs whose owners do not get their alerts by email, and who decided so. */
@ApplicationScoped
public class OwnerOptOutRepository {

    /** Who opted the KPI's owner out, and when; empty when the owner gets its alerts. */
    public Optional<Audit> find(Connection connection, String kpiKey) throws SQLException {
        return Jdbc.first(connection, "SELECT changed_by, changed_by_name, changed_at FROM owner_notification_opt_out"
                + " WHERE kpi_key = ?",
                statement -> statement.setString(1, kpiKey),
                rows -> new Audit(Jdbc.actor(rows, "changed_by"), Jdbc.instant(rows, "changed_at")));
    }

    public void optOut(Connection connection, String kpiKey, Audit changed) throws SQLException {
        Jdbc.update(connection, """
                INSERT INTO owner_notification_opt_out (kpi_key, changed_by, changed_by_name, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (kpi_key) DO NOTHING""", statement -> {
                    statement.setString(1, kpiKey);
                    statement.setString(2, changed.by().subject());
                    statement.setString(3, changed.by().name());
                    Jdbc.setInstant(statement, 4, changed.at());
                });
    }

    public void optIn(Connection connection, String kpiKey) throws SQLException {
        Jdbc.update(connection, "DELETE FROM owner_notification_opt_out WHERE kpi_key = ?",
                statement -> statement.setString(1, kpiKey));
    }

    /** The KPIs among {@code kpiKeys} whose owners opted out. */
    public Set<String> optedOut(Connection connection, Collection<String> kpiKeys) throws SQLException {
        return new HashSet<>(Jdbc.list(connection, "SELECT kpi_key FROM owner_notification_opt_out WHERE kpi_key = ANY (?)",
                statement -> statement.setArray(1, Jdbc.textArray(connection, kpiKeys)), rows -> rows.getString(1)));
    }
}
