package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.okr.ObjectiveState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class KeyResultRepository implements PanacheRepository<KeyResultEntity> {

    /** The key results of these objectives, in creation order. */
    public List<KeyResultEntity> ofObjectives(Collection<Long> objectiveIds) {
        return objectiveIds.isEmpty() ? List.of() : list("objectiveId in ?1 order by objectiveId, id", objectiveIds);
    }

    public long countOf(long objectiveId) {
        return count("objectiveId", objectiveId);
    }

    /** The KPIs that key results of active objectives are linked to. */
    public Set<String> kpisLinkedFromActiveObjectives() {
        return new TreeSet<>(getEntityManager().createQuery("select distinct kr.kpiKey from KeyResultEntity kr, "
                        + "ObjectiveEntity o where o.id = kr.objectiveId and o.state = :state and kr.kpiKey is not null",
                String.class).setParameter("state", ObjectiveState.ACTIVE).getResultList());
    }
}
