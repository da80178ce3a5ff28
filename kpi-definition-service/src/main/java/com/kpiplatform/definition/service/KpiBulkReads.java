package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads for the other services, in a constant number of queries per page whatever its size: the
 * evaluation view for the alerting-service and the key lookup for the measurement-service.
 */
@ApplicationScoped
public class KpiBulkReads {

    public static final int MAX_PAGE_SIZE = 1000;

    /** The KPIs a lookup found, in any status, and the keys that name none. */
    public record Lookup(List<KpiEntity> found, List<String> missing) {
    }

    @Inject
    KpiRepository kpis;

    @Inject
    EffectiveTargets effectiveTargets;

    @Inject
    Clock clock;

    /** Every active KPI (one page, by key) with its effective target and period at an instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EffectiveTargets.Resolved> evaluationView(Instant at, PageParams params) {
        Instant instant = at == null ? clock.instant() : at;
        PageParams page = params.withMaxSize(MAX_PAGE_SIZE);
        ResultPage<KpiEntity> found = kpis.search(KpiQuery.active(null, null), page.offset(), page.size());
        return PageResponse.of(effectiveTargets.at(instant, found.items()), page, found.total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Lookup lookup(List<String> keys) {
        Set<String> missing = new LinkedHashSet<>(keys);
        List<KpiEntity> found = kpis.findByKeys(missing);
        found.forEach(kpi -> missing.remove(kpi.key));
        return new Lookup(found, List.copyOf(missing));
    }
}
