package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.mapping.AlertingMapper;
import com.kpiplatform.alerting.repository.AlertEntity;
import com.kpiplatform.alerting.repository.AlertEventEntity;
import com.kpiplatform.alerting.rest.dto.AckRequest;
import com.kpiplatform.alerting.rest.dto.AlertResponse;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Reading alerts with their timelines, and acknowledging them. */
@ApplicationScoped
public class AlertService {

    @Inject
    AlertingMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** Alerts newest first, filtered by state, kind and subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AlertResponse> list(String state, String kind, String subject, PageParams page) {
        QueryFilter filter = new QueryFilter().add("state = :state", "state", state).add("kind = :kind", "kind", kind)
                .add("subjectKey = :subject", "subject", subject);
        PanacheQuery<AlertEntity> query = AlertEntity.find(filter.where() + " order by id desc", filter.parameters());
        List<AlertResponse> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(a -> mapper.toResponse(a, null)).toList();
        return PageResponse.of(items, page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertResponse get(long id) {
        AlertEntity alert = require(id);
        return mapper.toResponse(alert, AlertEventEntity.list("alertId = ?1 order by id", id));
    }

    /**
     * Someone is on it: no repeats until the alert resolves or escalates. Waits for a running
     * evaluation cycle, which holds the open alerts locked.
     */
    @Transactional
    public AlertResponse acknowledge(long id, AckRequest request) {
        AlertEntity alert = AlertEntity.<AlertEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No alert with id " + id + "."));
        if ("RESOLVED".equals(alert.state)) {
            throw ProblemException.conflict("Alert " + id + " is resolved; there is nothing to acknowledge.");
        }
        if (!alert.acknowledged) {
            alert.acknowledged = true;
            alert.acknowledgedBy = actor.name();
            alert.acknowledgedAt = clock.instant();
            AlertEventEntity event = new AlertEventEntity();
            event.alertId = id;
            event.at = alert.acknowledgedAt;
            event.type = AlertEventType.ACKNOWLEDGED.name();
            event.status = alert.status;
            event.severity = alert.severity;
            event.value = alert.value;
            event.detail = "acknowledged by " + alert.acknowledgedBy
                    + (request == null || request.note() == null ? "" : ": " + request.note());
            event.persist();
        }
        return get(id);
    }

    private static AlertEntity require(long id) {
        return AlertEntity.<AlertEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No alert with id " + id + "."));
    }
}
