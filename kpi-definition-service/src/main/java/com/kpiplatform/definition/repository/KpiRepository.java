package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.KpiLifecycle;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class KpiRepository implements PanacheRepository<KpiEntity> {

    /** One page of a filtered list, and the number of matches over all pages. */
    public record Page(List<KpiEntity> items, long total) {
    }

    public Optional<KpiEntity> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public List<KpiEntity> findByKeys(Collection<String> keys) {
        return list("key in ?1", keys);
    }

    public Page search(KpiQuery query, int offset, int limit) {
        Conditions conditions = new Conditions()
                .add("k.category = :category", "category", query.category())
                .add("k.level = :level", "level", query.level())
                .add("k.ownerTeam = :ownerTeam", "ownerTeam", query.ownerTeam())
                .add("array_contains(k.tags, :tag)", "tag", query.tag())
                .add("k.status = :status", "status", query.status())
                .add("k.indicatorType = :indicatorType", "indicatorType", query.indicatorType());
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(lower(k.key) like :text escape '\\' or lower(k.name) like :text escape '\\'"
                    + " or lower(coalesce(k.description, '')) like :text escape '\\')",
                    "text", "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        String where = conditions.where();
        TypedQuery<Long> count = conditions.bind(
                getEntityManager().createQuery("select count(k) from KpiEntity k" + where, Long.class));
        TypedQuery<KpiEntity> page = conditions.bind(getEntityManager()
                .createQuery("from KpiEntity k" + where + " order by " + query.sort().orderBy(), KpiEntity.class));
        return new Page(page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    /** Active KPIs whose formula uses the given key. */
    public List<String> activeDependentsOf(String key) {
        return getEntityManager().createQuery("select k.key from KpiEntity k where k.status = :status"
                        + " and array_contains(k.formulaDependencies, :key) order by k.key", String.class)
                .setParameter("status", KpiLifecycle.ACTIVE).setParameter("key", key).getResultList();
    }

    /** The formula dependencies of every calculated KPI, by key: the graph cycles are searched in. */
    public Map<String, List<String>> formulaGraph() {
        Map<String, List<String>> graph = new HashMap<>();
        for (KpiEntity kpi : list("formula is not null")) {
            graph.put(kpi.key, kpi.formulaDependencies);
        }
        return graph;
    }

    /** Active KPIs per owning team. */
    public Map<String, Long> activeCountByTeam() {
        Map<String, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select k.ownerTeam, count(k) from KpiEntity k where k.status = :status"
                        + " and k.ownerTeam is not null group by k.ownerTeam", Object[].class)
                .setParameter("status", KpiLifecycle.ACTIVE).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
