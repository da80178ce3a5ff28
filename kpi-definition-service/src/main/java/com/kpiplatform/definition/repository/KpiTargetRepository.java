package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KpiTargetRepository implements PanacheRepositoryBase<KpiTargetEntity, KpiTargetEntity.Id> {

    public Optional<KpiTargetEntity> find(long kpiId, String periodKey) {
        return findByIdOptional(new KpiTargetEntity.Id(kpiId, periodKey));
    }

    /** Targets of one KPI between two period keys (inclusive, either may be null), oldest first. */
    public List<KpiTargetEntity> findBetween(long kpiId, String fromKey, String toKey) {
        return list("id.kpiId = ?1 and (?2 is null or id.periodKey >= ?2) and (?3 is null or id.periodKey <= ?3)"
                + " order by id.periodKey", kpiId, fromKey, toKey);
    }

    /**
     * The explicit targets of many KPIs for a few period keys, in one query: callers pass the
     * distinct period keys of the KPIs at hand and pick each KPI's own.
     */
    public List<KpiTargetEntity> findFor(Collection<Long> kpiIds, Collection<String> periodKeys) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return list("id.kpiId in ?1 and id.periodKey in ?2", kpiIds, periodKeys);
    }
}
