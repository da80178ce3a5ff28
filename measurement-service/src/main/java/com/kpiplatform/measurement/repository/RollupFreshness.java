package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.RollupBasis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Makes sure the rollups a read is about to use are kept for the KPIs' current basis. */
@ApplicationScoped
public class RollupFreshness {

    @Inject
    RollupMaintenance maintenance;

    /** Rebuilds, before a read, the rollups of KPIs whose period type or time zone changed. */
    public void ensure(Map<String, RollupBasis> bases) {
        try {
            List<String> stale = maintenance.stale(bases);
            if (!stale.isEmpty()) {
                maintenance.rebuild(stale.stream().collect(Collectors.toMap(key -> key, bases::get)));
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }
}
