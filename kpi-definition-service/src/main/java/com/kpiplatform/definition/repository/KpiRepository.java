package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.domain.KpiSort;
import com.kpiplatform.support.persistence.QueryConditions;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class KpiRepository implements PanacheRepository<KpiEntity> {

    public Optional<KpiEntity> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public List<KpiEntity> findByKeys(Collection<String> keys) {
        return list("key in ?1", keys);
    }

    public ResultPage<KpiEntity> search(KpiQuery query, int offset, int limit) {
        QueryConditions conditions = new QueryConditions()
                .add("k.category = ?", query.category())
                .add("k.level = ?", query.level())
                .add("k.ownerTeam = ?", query.ownerTeam())
                .add("array_contains(k.tags, ?)", query.tag())
                .add("k.status = ?", query.status())
                .add("k.indicatorType = ?", query.indicatorType())
                .add("(lower(k.key) like ? escape '\\' or lower(k.name) like ? escape '\\'"
                        + " or lower(coalesce(k.description, '')) like ? escape '\\')", likePattern(query.text()));
        return ResultPage.find(getEntityManager(), KpiEntity.class, "k", conditions, orderBy(query.sort()), offset, limit);
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

    /** Free text as a case-insensitive LIKE pattern that matches it anywhere; null when there is none. */
    private static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String orderBy(KpiSort sort) {
        return switch (sort) {
            case KEY -> "k.key asc";
            case KEY_DESC -> "k.key desc";
            case NAME -> "lower(k.name) asc, k.key asc";
            case NAME_DESC -> "lower(k.name) desc, k.key asc";
            case UPDATED -> "k.updatedAt asc, k.key asc";
            case UPDATED_DESC -> "k.updatedAt desc, k.key asc";
        };
    }
}
