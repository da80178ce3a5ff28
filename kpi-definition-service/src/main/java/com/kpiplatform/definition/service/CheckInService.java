package com.kpiplatform.definition.service;

import com.kpiplatform.definition.repository.ActorColumns;
import com.kpiplatform.definition.repository.CheckInEntity;
import com.kpiplatform.definition.repository.CheckInRepository;
import com.kpiplatform.definition.repository.KeyResultEntity;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Check-ins of key results that are not linked to a KPI, while their objective's period is open. */
@ApplicationScoped
public class CheckInService {

    @Inject
    CheckInRepository checkIns;

    @Inject
    KeyResultService keyResults;

    @Inject
    ObjectiveService objectives;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Records the check-in by the caller, now. */
    @Transactional
    public CheckInEntity record(long keyResultId, CheckInEntity checkIn) {
        KeyResultEntity keyResult = keyResults.require(keyResultId);
        if (keyResult.isLinkedToKpi()) {
            throw ProblemException.conflict("Key result " + keyResultId + " follows KPI " + keyResult.kpiKey
                    + ": its value comes from that KPI's measurements, not from check-ins.");
        }
        keyResults.requireOpen(objectives.requireChangeable(keyResult.objectiveId));
        checkIn.keyResultId = keyResultId;
        checkIn.checkedInAt = clock.instant();
        checkIn.checkedInBy = ActorColumns.of(caller.actor());
        checkIns.persist(checkIn);
        return checkIn;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInEntity get(long keyResultId, long id) {
        return checkIns.findByIdOptional(id).filter(c -> c.keyResultId == keyResultId)
                .orElseThrow(() -> ProblemException.notFound("Key result " + keyResultId + " has no check-in " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CheckInEntity> list(long keyResultId, PageParams page) {
        keyResults.require(keyResultId);
        return PageResponse.of(checkIns.page(keyResultId, page.page(), page.size()), page, checkIns.countOf(keyResultId));
    }
}
