package com.kpiplatform.definition.service;

import com.kpiplatform.definition.mapping.ActivityMapper;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiReviewEntity;
import com.kpiplatform.definition.repository.KpiReviewRepository;
import com.kpiplatform.definition.rest.dto.Review;
import com.kpiplatform.definition.rest.dto.ReviewRequest;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Reviews of KPIs; the latest one is the KPI's {@code lastReviewedAt}. */
@ApplicationScoped
public class ReviewService {

    @Inject
    KpiService kpiService;

    @Inject
    KpiReviewRepository reviews;

    @Inject
    KpiHistory history;

    @Inject
    ActivityMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public Review record(String key, ReviewRequest request) {
        KpiEntity kpi = kpiService.requireActive(key);
        KpiReviewEntity review = new KpiReviewEntity();
        review.kpiId = kpi.id;
        review.reviewedAt = request.reviewedAt() != null ? request.reviewedAt() : clock.instant();
        review.reviewedBy = actor.name();
        review.note = request.note();
        reviews.persist(review);
        if (kpi.lastReviewedAt == null || review.reviewedAt.isAfter(kpi.lastReviewedAt)) {
            Instant previous = kpi.lastReviewedAt;
            kpi.lastReviewedAt = review.reviewedAt;
            kpiService.touch(kpi);
            history.record(kpi, KpiHistory.REVIEWED, "lastReviewedAt", previous == null ? null : previous.toString(),
                    review.reviewedAt.toString());
        }
        return mapper.toReview(review, kpi.key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Review get(String key, long id) {
        KpiEntity kpi = kpiService.require(key);
        return reviews.findByIdOptional(id).filter(r -> r.kpiId.equals(kpi.id)).map(r -> mapper.toReview(r, kpi.key))
                .orElseThrow(() -> ProblemException.notFound("KPI " + key + " has no review " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Review> list(String key, PageParams params) {
        KpiEntity kpi = kpiService.require(key);
        return PageResponse.of(reviews.page(kpi.id, params.page(), params.size()).stream()
                .map(r -> mapper.toReview(r, kpi.key)).toList(), params, reviews.countFor(kpi.id));
    }
}
