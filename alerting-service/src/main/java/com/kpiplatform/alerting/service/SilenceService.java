package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.mapping.AlertingMapper;
import com.kpiplatform.alerting.repository.SilenceEntity;
import com.kpiplatform.alerting.rest.dto.SilenceRequest;
import com.kpiplatform.alerting.rest.dto.SilenceResponse;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Silences: alerts they match are still recorded, only not sent, and they stop applying when they end. */
@ApplicationScoped
public class SilenceService {

    @Inject
    AlertingMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public SilenceResponse create(SilenceRequest request) {
        Instant now = clock.instant();
        Instant startsAt = request.startsAt() == null ? now : request.startsAt();
        if (!request.endsAt().isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt (" + startsAt + ")");
        }
        if (!request.endsAt().isAfter(now)) {
            throw ProblemException.invalid("endsAt", "must be in the future");
        }
        SilenceEntity silence = new SilenceEntity();
        silence.matcher = request.matcher();
        silence.value = request.value();
        silence.startsAt = startsAt;
        silence.endsAt = request.endsAt();
        silence.reason = request.reason();
        silence.createdBy = actor.name();
        silence.createdAt = now;
        silence.persist();
        return mapper.toResponse(silence, now);
    }

    /** Silences newest first; {@code active} true for those in force, false for the others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SilenceResponse> list(Boolean active, PageParams page) {
        Instant now = clock.instant();
        PanacheQuery<SilenceEntity> query = active == null ? SilenceEntity.find("order by id desc")
                : active ? SilenceEntity.find("startsAt <= ?1 and endsAt > ?1 order by id desc", now)
                : SilenceEntity.find("startsAt > ?1 or endsAt <= ?1 order by id desc", now);
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list().stream()
                .map(s -> mapper.toResponse(s, now)).toList(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SilenceResponse get(long id) {
        return mapper.toResponse(require(id), clock.instant());
    }

    /** Ends a silence now; it stays in the list as history. */
    @Transactional
    public void expire(long id) {
        SilenceEntity silence = require(id);
        Instant now = clock.instant();
        if (silence.endsAt.isAfter(now)) {
            silence.endsAt = silence.startsAt.isAfter(now) ? silence.startsAt.plusMillis(1) : now;
        }
    }

    private static SilenceEntity require(long id) {
        return SilenceEntity.<SilenceEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No silence with id " + id + "."));
    }
}
