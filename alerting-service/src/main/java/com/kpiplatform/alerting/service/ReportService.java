package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.cycle.CycleRecord;
import com.kpiplatform.alerting.domain.cycle.CycleStatus;
import com.kpiplatform.alerting.domain.judging.KeyResultEvaluation;
import com.kpiplatform.alerting.domain.judging.RecordedVerdict;
import com.kpiplatform.alerting.domain.judging.ScorecardEntry;
import com.kpiplatform.alerting.domain.judging.ScorecardFilter;
import com.kpiplatform.alerting.domain.judging.StatusPoint;
import com.kpiplatform.alerting.repository.CycleRepository;
import com.kpiplatform.alerting.repository.KeyResultStatusRepository;
import com.kpiplatform.alerting.repository.ScorecardRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.alerting.repository.VerdictRepository;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** What the evaluations left for people to read: cycles, status histories, the scorecard and verdicts. */
@ApplicationScoped
public class ReportService {

    @Inject
    CycleRepository cycles;

    @Inject
    ScorecardRepository scorecard;

    @Inject
    KeyResultStatusRepository keyResults;

    @Inject
    VerdictRepository verdicts;

    @Inject
    Transactions transactions;

    public PageResponse<CycleRecord> cycles(CycleStatus status, PageParams page) {
        return transactions.read(connection -> cycles.page(connection, status, page));
    }

    public CycleRecord cycle(long id) {
        return transactions.read(connection -> cycles.find(connection, id))
                .orElseThrow(() -> ProblemException.notFound("No evaluation cycle with id " + id + "."));
    }

    /** A KPI's statuses, newest first, optionally between two instants. */
    public PageResponse<StatusPoint> statusHistory(String kpiKey, Instant from, Instant to, PageParams page) {
        return transactions.read(connection -> scorecard.history(connection, kpiKey, from, to, page));
    }

    public PageResponse<ScorecardEntry> scorecard(ScorecardFilter filter, PageParams page) {
        return transactions.read(connection -> scorecard.page(connection, filter, page));
    }

    public PageResponse<KeyResultEvaluation> keyResults(String ownerTeam, String status, PageParams page) {
        return transactions.read(connection -> keyResults.page(connection, ownerTeam, status, page));
    }

    public PageResponse<RecordedVerdict> verdicts(String kpiKey, Boolean missed, PageParams page) {
        return transactions.read(connection -> verdicts.page(connection, kpiKey, missed, page));
    }
}
