package com.kpiplatform.definition.service;

import com.kpiplatform.definition.repository.ActorColumns;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiReviewEntity;
import com.kpiplatform.definition.repository.KpiReviewRepository;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Reviews of KPIs; the latest one is the KPI's {@code lastReviewedAt}. */
@ApplicationScoped
public class ReviewService {

    @Inject
    KpiService kpiService;

    @Inject
    KpiReviewRepository reviews;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Records the review of the KPI {@code key} by the caller, at its time or now. */
    @Transactional
    public KpiReviewEntity record(String key, KpiReviewEntity review) {
        KpiEntity kpi = kpiService.requireChangeable(key);
        review.kpiId = kpi.id;
        if (review.reviewedAt == null) {
            review.reviewedAt = clock.instant();
        }
        review.reviewedBy = ActorColumns.of(caller.actor());
        reviews.persist(review);
        kpiService.reviewed(kpi, review.reviewedAt);
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiReviewEntity get(String key, long id) {
        KpiEntity kpi = kpiService.require(key);
        return reviews.findByIdOptional(id).filter(r -> r.kpiId.equals(kpi.id))
                .orElseThrow(() -> ProblemException.notFound("KPI " + key + " has no review " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KpiReviewEntity> list(String key, PageParams params) {
        KpiEntity kpi = kpiService.require(key);
        return PageResponse.of(reviews.page(kpi.id, params.page(), params.size()), params, reviews.countFor(kpi.id));
    }
}
