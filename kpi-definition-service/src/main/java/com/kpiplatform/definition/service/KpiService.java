package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.mapping.KpiSnapshots;
import com.kpiplatform.definition.repository.KpiChangeEntity;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
    AuditStamps stamps;

    @Inject
    OwnerTeams owners;

    /** Stores a new KPI from a definition checked here: its key must be free and its rules must hold. */
    @Transactional
    public KpiEntity create(KpiEntity kpi) {
        if (kpi.key == null) {
            throw ProblemException.invalid("key", "must not be blank");
        }
        owners.requireMayChange("KPI " + kpi.key, kpi.ownerTeam);
        if (kpis.findByKey(kpi.key).isPresent()) {
            throw ProblemException.conflict("A KPI with key '" + kpi.key + "' already exists"
                    + " (keys stay taken after archiving).");
        }
        kpi.formulaDependencies = rules.check(kpi.key, kpi);
        stamps.created(kpi);
        try {
            kpis.persistAndFlush(kpi);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation && "kpi_key_uk".equals(violation.getConstraintName())) {
                throw ProblemException.conflict("A KPI with key '" + kpi.key + "' was created at the same time.");
            }
            throw e;
        }
        history.record(kpi, KpiHistory.CREATED, null, null, null);
        return kpi;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiEntity get(String key) {
        return require(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiEntity> list(KpiQuery query, PageParams page) {
        ResultPage<KpiEntity> found = kpis.search(query, page.offset(), page.size());
        return PageResponse.of(found.items(), page, found.total());
    }

    /** Replaces the definition of the KPI {@code key} with {@code definition}, recording each changed field. */
    @Transactional
    public KpiEntity update(String key, String ifMatch, KpiEntity definition) {
        KpiEntity kpi = requireOwned(key);
        owners.requireMayMove("KPI " + key, kpi.ownerTeam, definition.ownerTeam);
        ETags.requireMatch(ifMatch, kpi.version, "KPI " + key);
        if (definition.key != null && !definition.key.equals(key)) {
            throw ProblemException.invalid("key", "is immutable; this KPI's key is " + key);
        }
        if (!kpi.isActive()) {
            throw ProblemException.conflict("KPI " + key + " is archived and read-only; restore it first.");
        }
        if (definition.period != kpi.period) {
            requireNoDependents(kpi, "change its period");
        }
        List<String> dependencies = rules.check(key, definition);
        Map<String, String> before = snapshots.of(kpi);
        mapper.redefine(definition, kpi);
        kpi.formulaDependencies = dependencies;
        stamps.updated(kpi);
        kpis.flush();
        history.recordDifferences(kpi, KpiHistory.UPDATED, before, snapshots.of(kpi));
        return kpi;
    }

    @Transactional
    public void archive(String key, String ifMatch) {
        KpiEntity kpi = requireOwned(key);
        ETags.checkIfPresent(ifMatch, kpi.version, "KPI " + key);
        if (!kpi.isActive()) {
            return;
        }
        requireNoDependents(kpi, "archive it");
        changeStatus(kpi, KpiLifecycle.ARCHIVED, KpiHistory.ARCHIVED);
    }

    @Transactional
    public KpiEntity restore(String key) {
        KpiEntity kpi = requireOwned(key);
        if (!kpi.isActive()) {
            List<String> archivedDependencies = kpis.findByKeys(kpi.formulaDependencies).stream()
                    .filter(k -> !k.isActive()).map(k -> k.key).sorted().toList();
            if (!archivedDependencies.isEmpty()) {
                throw ProblemException.conflict("KPI " + key + " is calculated from archived KPIs ("
                        + String.join(", ", archivedDependencies) + "); restore those first.");
            }
            changeStatus(kpi, KpiLifecycle.ACTIVE, KpiHistory.RESTORED);
        }
        return kpi;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiChangeEntity> history(String key, PageParams page) {
        return history.page(require(key), page);
    }

    /** The KPI with this key, in any status, or a 404. */
    KpiEntity require(String key) {
        return kpis.findByKey(key).orElseThrow(() -> ProblemException.notFound("No KPI with key '" + key + "'."));
    }

    /** The KPI with this key if the caller may change it (403 otherwise), in any status, or a 404. */
    private KpiEntity requireOwned(String key) {
        KpiEntity kpi = require(key);
        owners.requireMayChange("KPI " + key, kpi.ownerTeam);
        return kpi;
    }

    /**
     * The KPI with this key, for a change to what hangs off it (targets, reviews): 404 if there is
     * none, 403 if the caller may not change it, 409 if it is archived.
     */
    KpiEntity requireChangeable(String key) {
        KpiEntity kpi = requireOwned(key);
        if (!kpi.isActive()) {
            throw ProblemException.conflict("KPI " + key + " is archived and read-only; restore it first.");
        }
        return kpi;
    }

    /** Moves the KPI's lastReviewedAt forward to a newer review, with the change in its history. */
    void reviewed(KpiEntity kpi, Instant reviewedAt) {
        if (kpi.lastReviewedAt != null && !reviewedAt.isAfter(kpi.lastReviewedAt)) {
            return;
        }
        Instant previous = kpi.lastReviewedAt;
        kpi.lastReviewedAt = reviewedAt;
        stamps.updated(kpi);
        history.record(kpi, KpiHistory.REVIEWED, "lastReviewedAt", previous == null ? null : previous.toString(),
                reviewedAt.toString());
    }

    private void changeStatus(KpiEntity kpi, KpiLifecycle status, String action) {
        KpiLifecycle previous = kpi.status;
        kpi.status = status;
        stamps.updated(kpi);
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
