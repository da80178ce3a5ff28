package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.mapping.AlertingMapper;
import com.kpiplatform.alerting.repository.EvaluationCycleEntity;
import com.kpiplatform.alerting.repository.KeyResultStatusEntity;
import com.kpiplatform.alerting.repository.KpiEvaluationEntity;
import com.kpiplatform.alerting.repository.PeriodVerdictEntity;
import com.kpiplatform.alerting.repository.ScorecardEntryEntity;
import com.kpiplatform.alerting.rest.dto.EvaluationCycleResponse;
import com.kpiplatform.alerting.rest.dto.KeyResultStatus;
import com.kpiplatform.alerting.rest.dto.PeriodVerdict;
import com.kpiplatform.alerting.rest.dto.ScorecardEntry;
import com.kpiplatform.alerting.rest.dto.StatusPoint;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Function;

/** What the evaluations left for people to read: cycles, status histories, the scorecard and verdicts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @Inject
    AlertingMapper mapper;

    public PageResponse<EvaluationCycleResponse> cycles(String status, PageParams page) {
        PanacheQuery<EvaluationCycleEntity> query = status == null ? EvaluationCycleEntity.find("order by id desc")
                : EvaluationCycleEntity.find("status = ?1 order by id desc", status);
        return page(query, page, mapper::toResponse);
    }

    public EvaluationCycleResponse cycle(long id) {
        return EvaluationCycleEntity.<EvaluationCycleEntity>findByIdOptional(id).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("No evaluation cycle with id " + id + "."));
    }

    /** A KPI's statuses, newest first, optionally between two instants. */
    public PageResponse<StatusPoint> statusHistory(String kpiKey, Instant from, Instant to, PageParams page) {
        QueryFilter filter = new QueryFilter().add("kpiKey = :kpi", "kpi", kpiKey).add("evaluatedAt >= :from", "from", from)
                .add("evaluatedAt < :to", "to", to);
        return page(KpiEvaluationEntity.find(filter.where() + " order by evaluatedAt desc, id desc", filter.parameters()),
                page, mapper::toStatusPoint);
    }

    public PageResponse<ScorecardEntry> scorecard(String ownerTeam, String category, String level, String tag,
            String status, PageParams page) {
        QueryFilter filter = new QueryFilter().add("ownerTeam = :ownerTeam", "ownerTeam", ownerTeam)
                .add("category = :category", "category", category).add("level = :level", "level", level)
                .add("array_contains(tags, :tag)", "tag", tag).add("status = :status", "status", status);
        return page(ScorecardEntryEntity.find(filter.where() + " order by kpiKey", filter.parameters()), page,
                mapper::toEntry);
    }

    public PageResponse<KeyResultStatus> keyResults(String ownerTeam, String status, PageParams page) {
        QueryFilter filter = new QueryFilter().add("ownerTeam = :ownerTeam", "ownerTeam", ownerTeam)
                .add("status = :status", "status", status);
        return page(KeyResultStatusEntity.find(filter.where() + " order by objectiveId, keyResultId",
                filter.parameters()), page, mapper::toStatus);
    }

    public PageResponse<PeriodVerdict> verdicts(String kpiKey, Boolean missed, PageParams page) {
        QueryFilter filter = new QueryFilter().add("kpiKey = :kpi", "kpi", kpiKey).add("missed = :missed", "missed", missed);
        return page(PeriodVerdictEntity.find(filter.where() + " order by decidedAt desc, id desc", filter.parameters()),
                page, mapper::toVerdict);
    }

    private static <E, R> PageResponse<R> page(PanacheQuery<E> query, PageParams page, Function<E, R> map) {
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list().stream().map(map).toList(), page,
                query.count());
    }
}
