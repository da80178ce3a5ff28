package com.kpiplatform.definition.repository;

import com.kpiplatform.support.persistence.QueryConditions;
import jakarta.persistence.EntityManager;
import java.util.List;

/** One page of a filtered list, and the number of matches over all pages. */
public record ResultPage<T>(List<T> items, long total) {

    /** The page of {@code entity} rows (called {@code alias} in the conditions) that match, in the given order. */
    static <T> ResultPage<T> find(EntityManager entityManager, Class<T> entity, String alias, QueryConditions conditions,
            String orderBy, int offset, int limit) {
        String from = " from " + entity.getSimpleName() + " " + alias + conditions.hqlWhere();
        List<T> items = conditions.bind(entityManager.createQuery("select " + alias + from + " order by " + orderBy, entity))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = conditions.bind(entityManager.createQuery("select count(" + alias + ")" + from, Long.class))
                .getSingleResult();
        return new ResultPage<>(items, total);
    }
}
