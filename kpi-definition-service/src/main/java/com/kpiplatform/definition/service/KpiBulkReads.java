package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.definition.rest.dto.KpiEvaluationView;
import com.kpiplatform.definition.rest.dto.KpiLookupResponse;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads for the other services, in a constant number of queries per page whatever its size: the
 * evaluation view for the alerting-service and the key lookup for the measurement-service.
 */
@ApplicationScoped
public class KpiBulkReads {

    public static final int MAX_PAGE_SIZE = 1000;

    @Inject
    KpiRepository kpis;

    @Inject
    EffectiveTargets effectiveTargets;

    @Inject
    KpiMapper mapper;

    @Inject
    Clock clock;

    /** Every active KPI (one page, by key) with its effective target and period at an instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiEvaluationView> evaluationView(Instant at, PageParams params) {
        Instant instant = at == null ? clock.instant() : at;
        PageParams page = params.withMaxSize(MAX_PAGE_SIZE);
        ResultPage<KpiEntity> found = kpis.search(KpiQuery.active(null, null), page.offset(), page.size());
        Map<Long, EffectiveTargets.Resolved> targets = effectiveTargets.at(instant, found.items());
        List<KpiEvaluationView> items = found.items().stream().map(kpi -> view(kpi, targets.get(kpi.id))).toList();
        return PageResponse.of(items, page, found.total());
    }

    /** The KPIs with these keys, in any status, and the keys that name none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiLookupResponse lookup(List<String> keys) {
        Set<String> missing = new LinkedHashSet<>(keys);
        List<KpiEntity> found = kpis.findByKeys(missing);
        found.forEach(kpi -> missing.remove(kpi.key));
        return new KpiLookupResponse(found.stream().map(mapper::toSummary).toList(), List.copyOf(missing));
    }

    private KpiEvaluationView view(KpiEntity kpi, EffectiveTargets.Resolved target) {
        return new KpiEvaluationView(kpi.key, kpi.name, kpi.unit, kpi.category, kpi.level, mapper.owner(kpi),
                kpi.tags, kpi.direction, kpi.aggregation, kpi.period, kpi.timeZone, mapper.thresholds(kpi),
                mapper.range(kpi), kpi.staleAfter, kpi.formula, kpi.formulaDependencies, target.bounds(),
                target.target(), target.stretch(), target.source());
    }
}
