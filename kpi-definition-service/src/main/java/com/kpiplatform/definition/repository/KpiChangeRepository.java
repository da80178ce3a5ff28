package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class KpiChangeRepository implements PanacheRepository<KpiChangeEntity> {

    /** Newest first; entries of one instant in the order they were made, reversed. */
    public List<KpiChangeEntity> page(long kpiId, int pageIndex, int size) {
        return find("kpiId = ?1 order by changedAt desc, id desc", kpiId).page(Page.of(pageIndex, size)).list();
    }

    public long countFor(long kpiId) {
        return count("kpiId", kpiId);
    }
}
