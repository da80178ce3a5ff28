package com.kpiplatform.definition.service;

import com.kpiplatform.definition.config.KpiDefinitionConfig;
import com.kpiplatform.definition.mapping.KeyResultMapper;
import com.kpiplatform.definition.repository.KeyResultEntity;
import com.kpiplatform.definition.repository.KeyResultRepository;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.service.OkrProgress.KeyResultView;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Key results of open objectives: create, read with progress, change (If-Match), remove. */
@ApplicationScoped
public class KeyResultService {

    @Inject
    KeyResultRepository keyResults;

    @Inject
    KpiRepository kpis;

    @Inject
    ObjectiveService objectives;

    @Inject
    OkrProgress progress;

    @Inject
    KeyResultMapper mapper;

    @Inject
    KpiDefinitionConfig config;

    @Inject
    AuditStamps stamps;

    @Inject
    Clock clock;

    @Transactional
    public KeyResultView create(long objectiveId, KeyResultEntity keyResult) {
        ObjectiveEntity objective = requireOpen(objectives.requireChangeable(objectiveId));
        int max = config.okr().maxKeyResults();
        if (keyResults.countOf(objectiveId) >= max) {
            throw ProblemException.conflict("Objective " + objectiveId + " already has " + max
                    + " key results, the most one objective may have; focus on fewer or split the objective.");
        }
        checkRules(keyResult);
        keyResult.objectiveId = objectiveId;
        stamps.created(keyResult);
        keyResults.persistAndFlush(keyResult);
        return view(objective, keyResult);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyResultView get(long id) {
        KeyResultEntity keyResult = require(id);
        return view(objectives.require(keyResult.objectiveId), keyResult);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyResultView> ofObjective(long objectiveId) {
        return objectives.get(objectiveId).keyResults();
    }

    /** Replaces the key result's definition with {@code definition}. */
    @Transactional
    public KeyResultView update(long id, String ifMatch, KeyResultEntity definition) {
        KeyResultEntity keyResult = require(id);
        ETags.requireMatch(ifMatch, keyResult.version, "Key result " + id);
        ObjectiveEntity objective = requireOpen(objectives.requireChangeable(keyResult.objectiveId));
        checkRules(definition);
        mapper.redefine(definition, keyResult);
        stamps.updated(keyResult);
        keyResults.flush();
        return view(objective, keyResult);
    }

    /** Removes the key result and its check-ins; only while its objective's period is open. */
    @Transactional
    public void delete(long id, String ifMatch) {
        KeyResultEntity keyResult = require(id);
        ETags.checkIfPresent(ifMatch, keyResult.version, "Key result " + id);
        requireOpen(objectives.requireChangeable(keyResult.objectiveId));
        keyResults.delete(keyResult);
    }

    KeyResultEntity require(long id) {
        return keyResults.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No key result with id " + id + "."));
    }

    /** Progress freezes when the period closes: nothing may change it after. */
    ObjectiveEntity requireOpen(ObjectiveEntity objective) {
        if (objective.isClosedAt(clock.instant())) {
            throw ProblemException.conflict("Objective " + objective.id + " is closed: its period " + objective.period
                    + " has ended, so its key results and their progress are frozen.");
        }
        return objective;
    }

    private void checkRules(KeyResultEntity definition) {
        if (definition.start.compareTo(definition.target) == 0) {
            throw ProblemException.invalid("target", "must differ from start, or there is no way to go");
        }
        if (definition.kpiKey != null) {
            KpiEntity kpi = kpis.findByKey(definition.kpiKey)
                    .orElseThrow(() -> ProblemException.invalid("kpiKey", "no KPI with key '" + definition.kpiKey + "'"));
            if (!kpi.isActive()) {
                throw ProblemException.invalid("kpiKey", "KPI " + kpi.key + " is archived");
            }
        }
    }

    private KeyResultView view(ObjectiveEntity objective, KeyResultEntity keyResult) {
        return progress.of(objective).keyResults().stream().filter(kr -> kr.keyResult().id.equals(keyResult.id))
                .findFirst().orElseThrow();
    }
}
