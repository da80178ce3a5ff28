package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.alert.Alert;
import com.kpiplatform.alerting.domain.alert.AlertEvent;
import com.kpiplatform.alerting.domain.alert.AlertEventType;
import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.AlertState;
import com.kpiplatform.alerting.repository.AlertRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reading alerts with their timelines, and acknowledging them. */
@ApplicationScoped
public class AlertService {

    @Inject
    AlertRepository alerts;

    @Inject
    Transactions transactions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Alerts newest first, filtered by state, kind and subject. */
    public PageResponse<Alert> list(AlertState state, AlertKind kind, String subjectKey, PageParams page) {
        return transactions.read(connection -> alerts.page(connection, state, kind, subjectKey, page));
    }

    public Alert get(long id) {
        return transactions.read(connection -> require(connection, id, false));
    }

    /**
     * Someone is on it: no repeats until the alert resolves or escalates. Waits for a running
     * evaluation cycle, which holds the open alerts locked.
     */
    public Alert acknowledge(long id, String note) {
        return transactions.inTransaction(connection -> {
            Alert alert = require(connection, id, true);
            Alert.Standing standing = alert.standing();
            if (standing.state() == AlertState.RESOLVED) {
                throw ProblemException.conflict("Alert " + id + " is resolved; there is nothing to acknowledge.");
            }
            if (!standing.acknowledgement().acknowledged()) {
                Instant now = clock.instant();
                Actor by = caller.actor();
                alerts.acknowledge(connection, id, new Alert.Acknowledgement(true, by, now));
                alerts.log(connection, List.of(new AlertRepository.Logged(id, new AlertEvent(now,
                        AlertEventType.ACKNOWLEDGED, false, false, standing.status(), standing.severity(),
                        standing.value(), "acknowledged by " + by.name() + (note == null ? "" : ": " + note)))));
            }
            return require(connection, id, false);
        });
    }

    private Alert require(Connection connection, long id, boolean lock) throws SQLException {
        return alerts.find(connection, id, lock)
                .orElseThrow(() -> ProblemException.notFound("No alert with id " + id + "."));
    }
}
