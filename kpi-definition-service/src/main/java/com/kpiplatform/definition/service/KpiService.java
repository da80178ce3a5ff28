package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.definition.rest.dto.KpiChange;
import com.kpiplatform.definition.rest.dto.KpiRequest;
import com.kpiplatform.definition.rest.dto.KpiResponse;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/** Creating, reading, changing, archiving and restoring KPIs, with every change in the history. */
@ApplicationScoped
public class KpiService {

    @Inject
    KpiRepository kpis;

    @Inject
    KpiRules rules;

    @Inject
    KpiMapper mapper;

    @Inject
    KpiHistory history;

    @Inject
    KpiSnapshots snapshots;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public KpiResponse create(KpiRequest request) {
        if (request.key() == null) {
            throw ProblemException.invalid("key", "must not be blank");
        }
        if (kpis.findByKey(request.key()).isPresent()) {
            throw ProblemException.conflict("A KPI with key '" + request.key() + "' already exists"
                    + " (keys stay taken after archiving).");
        }
        List<String> dependencies = rules.check(request.key(), request);
        KpiEntity kpi = new KpiEntity();
        kpi.key = request.key();
        mapper.apply(request, kpi);
        kpi.formulaDependencies = dependencies;
        kpi.createdAt = clock.instant();
        kpi.createdBy = actor.name();
        touch(kpi);
        try {
            kpis.persistAndFlush(kpi);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation && "kpi_key_uk".equals(violation.getConstraintName())) {
                throw ProblemException.conflict("A KPI with key '" + request.key() + "' was created at the same time.");
            }
            throw e;
        }
        history.record(kpi, KpiHistory.CREATED, null, null, null);
        return mapper.toResponse(kpi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiResponse get(String key) {
        return mapper.toResponse(require(key));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiResponse> list(KpiQuery query, PageParams page) {
        ResultPage<KpiEntity> found = kpis.search(query, page.offset(), page.size());
        return PageResponse.of(found.items().stream().map(mapper::toResponse).toList(), page, found.total());
    }

    @Transactional
    public KpiResponse update(String key, String ifMatch, KpiRequest request) {
        KpiEntity kpi = require(key);
        ETags.requireMatch(ifMatch, kpi.version, "KPI " + key);
        if (request.key() != null && !request.key().equals(key)) {
            throw ProblemException.invalid("key", "is immutable; this KPI's key is " + key);
        }
        if (!kpi.isActive()) {
            throw ProblemException.conflict("KPI " + key + " is archived and read-only; restore it first.");
        }
        if (request.period() != kpi.period) {
            requireNoDependents(kpi, "change its period");
        }
        List<String> dependencies = rules.check(key, request);
        Map<String, String> before = snapshots.of(mapper.toResponse(kpi));
        mapper.apply(request, kpi);
        kpi.formulaDependencies = dependencies;
        touch(kpi);
        kpis.flush();
        KpiResponse updated = mapper.toResponse(kpi);
        history.recordDifferences(kpi, KpiHistory.UPDATED, before, snapshots.of(updated));
        return updated;
    }

    @Transactional
    public void archive(String key, String ifMatch) {
        KpiEntity kpi = require(key);
        ETags.checkIfPresent(ifMatch, kpi.version, "KPI " + key);
        if (!kpi.isActive()) {
            return;
        }
        requireNoDependents(kpi, "archive it");
        changeStatus(kpi, KpiLifecycle.ARCHIVED, KpiHistory.ARCHIVED);
    }

    @Transactional
    public KpiResponse restore(String key) {
        KpiEntity kpi = require(key);
        if (!kpi.isActive()) {
            List<String> archivedDependencies = kpis.findByKeys(kpi.formulaDependencies).stream()
                    .filter(k -> !k.isActive()).map(k -> k.key).sorted().toList();
            if (!archivedDependencies.isEmpty()) {
                throw ProblemException.conflict("KPI " + key + " is calculated from archived KPIs ("
                        + String.join(", ", archivedDependencies) + "); restore those first.");
            }
            changeStatus(kpi, KpiLifecycle.ACTIVE, KpiHistory.RESTORED);
        }
        return mapper.toResponse(kpi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiChange> history(String key, PageParams page) {
        return history.page(require(key), page);
    }

    /** The KPI with this key, in any status, or a 404. */
    KpiEntity require(String key) {
        return kpis.findByKey(key).orElseThrow(() -> ProblemException.notFound("No KPI with key '" + key + "'."));
    }

    /** The KPI with this key if it is active; 404 if there is none, 409 if it is archived. */
    KpiEntity requireActive(String key) {
        KpiEntity kpi = require(key);
        if (!kpi.isActive()) {
            throw ProblemException.conflict("KPI " + key + " is archived and read-only; restore it first.");
        }
        return kpi;
    }

    void touch(KpiEntity kpi) {
        kpi.updatedAt = clock.instant();
        kpi.updatedBy = actor.name();
    }

    private void changeStatus(KpiEntity kpi, KpiLifecycle status, String action) {
        KpiLifecycle previous = kpi.status;
        kpi.status = status;
        touch(kpi);
        kpis.flush();
        history.record(kpi, action, "status", previous.name(), status.name());
    }

    private void requireNoDependents(KpiEntity kpi, String what) {
        List<String> dependents = kpis.activeDependentsOf(kpi.key);
        if (!dependents.isEmpty()) {
            throw ProblemException.conflict("Cannot " + what + ": KPI " + kpi.key + " is used in the formulas of "
                    + String.join(", ", dependents) + ".");
        }
    }
}
