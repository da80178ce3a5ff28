package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.mapping.AlertingMapper;
import com.kpiplatform.alerting.repository.SubscriptionEntity;
import com.kpiplatform.alerting.rest.dto.SubscriptionRequest;
import com.kpiplatform.alerting.rest.dto.SubscriptionResponse;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Subscriptions: which alerts go to which channel, how often, and whether resolutions follow. */
@ApplicationScoped
public class SubscriptionService {

    static final Duration MIN_REPEAT = Duration.ofMinutes(5);
    static final Duration MAX_REPEAT = Duration.ofDays(30);

    @Inject
    ChannelService channels;

    @Inject
    AlertingMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Transactional
    public SubscriptionResponse create(SubscriptionRequest request) {
        SubscriptionEntity subscription = new SubscriptionEntity();
        apply(subscription, request);
        subscription.createdBy = actor.name();
        subscription.createdAt = clock.instant();
        subscription.persist();
        return mapper.toResponse(subscription);
    }

    @Transactional
    public SubscriptionResponse update(long id, String ifMatch, SubscriptionRequest request) {
        SubscriptionEntity subscription = require(id);
        ETags.checkIfPresent(ifMatch, subscription.version, "subscription " + id);
        apply(subscription, request);
        entityManager.flush();
        return mapper.toResponse(subscription);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse get(long id) {
        return mapper.toResponse(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SubscriptionResponse> list(Long channelId, PageParams page) {
        PanacheQuery<SubscriptionEntity> query = channelId == null ? SubscriptionEntity.find("order by id")
                : SubscriptionEntity.find("channelId = ?1 order by id", channelId);
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list().stream()
                .map(mapper::toResponse).toList(), page, query.count());
    }

    /** Deletes a subscription; its past deliveries stay, without it. */
    @Transactional
    public void delete(long id) {
        require(id).delete();
    }

    private void apply(SubscriptionEntity subscription, SubscriptionRequest request) {
        try {
            channels.require(request.channelId());
        } catch (ProblemException notFound) {
            throw ProblemException.invalid("channelId", "no channel with id " + request.channelId());
        }
        Duration repeat = request.repeatInterval();
        if (repeat != null && (repeat.compareTo(MIN_REPEAT) < 0 || repeat.compareTo(MAX_REPEAT) > 0)) {
            throw ProblemException.invalid("repeatInterval", "must be between " + MIN_REPEAT + " and " + MAX_REPEAT);
        }
        subscription.name = request.name().strip();
        subscription.channelId = request.channelId();
        subscription.kpiKeys = distinct(request.kpiKeys());
        subscription.tags = distinct(request.tags());
        subscription.category = request.category();
        subscription.level = request.level();
        subscription.ownerTeam = request.ownerTeam() == null || request.ownerTeam().isBlank() ? null
                : request.ownerTeam().strip();
        subscription.minSeverity = request.minSeverity() == null ? Severity.WARNING : request.minSeverity();
        subscription.sendResolved = !Boolean.FALSE.equals(request.sendResolved());
        subscription.repeatIntervalSeconds = repeat == null ? null : repeat.toSeconds();
        subscription.missedTargets = Boolean.TRUE.equals(request.missedTargets());
        subscription.weeklyDigest = Boolean.TRUE.equals(request.weeklyDigest());
        subscription.enabled = !Boolean.FALSE.equals(request.enabled());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::strip).distinct().toList());
    }

    private static SubscriptionEntity require(long id) {
        return SubscriptionEntity.<SubscriptionEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No subscription with id " + id + "."));
    }
}
