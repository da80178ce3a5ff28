package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.alert.Silence;
import com.kpiplatform.alerting.repository.SilenceRepository;
import com.kpiplatform.alerting.repository.Transactions;
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

/** Silences: alerts they match are still recorded, only not sent, and they stop applying when they end. */
@ApplicationScoped
public class SilenceService {

    @Inject
    SilenceRepository silences;

    @Inject
    Transactions transactions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Creates a silence; one without {@code startsAt} starts now. */
    public Silence create(Silence requested) {
        Instant now = clock.instant();
        Instant startsAt = requested.startsAt() == null ? now : requested.startsAt();
        if (!requested.endsAt().isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt (" + startsAt + ")");
        }
        if (!requested.endsAt().isAfter(now)) {
            throw ProblemException.invalid("endsAt", "must be in the future");
        }
        Silence silence = new Silence(null, requested.rule(), startsAt, requested.endsAt(), requested.reason(),
                new Audit(caller.actor(), now));
        return transactions.inTransaction(connection -> silences.insert(connection, silence));
    }

    /** Silences newest first; {@code active} true for those in force, false for the others. */
    public PageResponse<Silence> list(Boolean active, PageParams page) {
        return transactions.read(connection -> silences.page(connection, active, clock.instant(), page));
    }

    public Silence get(long id) {
        return transactions.read(connection -> require(connection, id));
    }

    /** Ends a silence now; it stays in the list as history. */
    public void expire(long id) {
        transactions.inTransaction(connection -> {
            Silence silence = require(connection, id);
            Instant now = clock.instant();
            if (silence.endsAt().isAfter(now)) {
                silences.end(connection, id, silence.startsAt().isAfter(now) ? silence.startsAt().plusMillis(1) : now);
            }
            return null;
        });
    }

    private Silence require(Connection connection, long id) throws SQLException {
        return silences.find(connection, id)
                .orElseThrow(() -> ProblemException.notFound("No silence with id " + id + "."));
    }
}
