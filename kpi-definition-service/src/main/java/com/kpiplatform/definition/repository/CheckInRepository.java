package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CheckInRepository implements PanacheRepository<CheckInEntity> {

    /** Each key result's latest check-in, for those that have one. */
    public Map<Long, CheckInEntity> latestOf(Collection<Long> keyResultIds) {
        if (keyResultIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<CheckInEntity> latest = getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (key_result_id) * FROM check_in WHERE key_result_id = ANY(:ids)
                ORDER BY key_result_id, checked_in_at DESC, id DESC""", CheckInEntity.class)
                .setParameter("ids", keyResultIds.toArray(Long[]::new)).getResultList();
        return latest.stream().collect(Collectors.toMap(c -> c.keyResultId, Function.identity()));
    }

    /** A key result's check-ins, newest first. */
    public List<CheckInEntity> page(long keyResultId, int pageIndex, int size) {
        return find("keyResultId = ?1 order by checkedInAt desc, id desc", keyResultId).page(Page.of(pageIndex, size)).list();
    }

    public long countOf(long keyResultId) {
        return count("keyResultId", keyResultId);
    }
}
