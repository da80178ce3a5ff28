package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.okr.ObjectiveQuery;
import com.kpiplatform.support.persistence.QueryConditions;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ObjectiveRepository implements PanacheRepository<ObjectiveEntity> {

    /** Objectives matching the query, oldest first; {@code limit} may be {@link Integer#MAX_VALUE}. */
    public ResultPage<ObjectiveEntity> search(ObjectiveQuery query, int offset, int limit) {
        QueryConditions conditions = new QueryConditions()
                .add("o.period = ?", query.period())
                .add("o.ownerTeam = ?", query.ownerTeam())
                .add("o.level = ?", query.level())
                .add("o.parentId = ?", query.parentId())
                .add("o.state = ?", query.state());
        return ResultPage.find(getEntityManager(), ObjectiveEntity.class, "o", conditions, "o.id", offset, limit);
    }

    /** The objective and everything aligned below it, at any depth. */
    public List<ObjectiveEntity> withDescendants(long id) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                WITH RECURSIVE tree(id) AS (
                    SELECT id FROM objective WHERE id = :id
                    UNION
                    SELECT o.id FROM objective o JOIN tree t ON o.parent_id = t.id)
                SELECT id FROM tree""").setParameter("id", id).getResultList();
        return list("id in ?1 order by id", ids.stream().map(Number::longValue).toList());
    }

    /** The ids on the way up from an objective to the top of its tree, the objective first. */
    public List<Long> pathToRoot(long id) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                WITH RECURSIVE path(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM objective WHERE id = :id
                    UNION ALL
                    SELECT o.id, o.parent_id, p.depth + 1 FROM objective o JOIN path p ON o.id = p.parent_id
                    WHERE p.depth < 1000)
                SELECT id FROM path ORDER BY depth""").setParameter("id", id).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
