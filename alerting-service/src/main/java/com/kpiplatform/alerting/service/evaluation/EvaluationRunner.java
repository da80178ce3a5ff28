package com.kpiplatform.alerting.service.evaluation;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.AlertChange;
import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.cycle.CycleRecord;
import com.kpiplatform.alerting.domain.cycle.CycleStatus;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.domain.judging.PreviousEvaluation;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.repository.CycleRepository;
import com.kpiplatform.alerting.repository.ScorecardRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.alerting.service.delivery.Router;
import com.kpiplatform.alerting.service.evaluation.CycleInputs.Inputs;
import com.kpiplatform.support.client.NeighbourFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs evaluation cycles, one at a time across all replicas (a PostgreSQL advisory lock held for
 * the cycle): inputs → judge → lifecycle → route, in one transaction. A cycle whose reads from the
 * other services fail is recorded as FAILED and changes no evaluation or alert, so an outage never
 * turns into NO_DATA alerts or false resolutions, and its error says in words which neighbour
 * failed and how; after {@code failed-cycles-before-alert} failures
 * in a row a SYSTEM alert fires, and the next successful cycle resolves it.
 */
@ApplicationScoped
public class EvaluationRunner {

    private static final Logger LOG = Logger.getLogger(EvaluationRunner.class);
    /** An arbitrary, fixed advisory-lock key ("evaluate" in ASCII). */
    private static final long LOCK = 0x6576616c75617465L;
    private static final String SYSTEM_SUBJECT = "evaluation-cycle";

    @Inject
    CycleInputs inputs;

    @Inject
    EvaluationCycle cycle;

    @Inject
    CycleRepository cycles;

    @Inject
    ScorecardRepository scorecard;

    @Inject
    AlertProcessor alerts;

    @Inject
    Router router;

    @Inject
    Transactions transactions;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** The recorded cycle's id; empty when another replica is evaluating, or (scheduled only) just did. */
    public Optional<Long> run(Trigger trigger) {
        return transactions.read(lock -> {
            if (!query(lock, "SELECT pg_try_advisory_lock(" + LOCK + ")")) {
                return Optional.empty();
            }
            try {
                return runLocked(trigger);
            } finally {
                query(lock, "SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        });
    }

    private Optional<Long> runLocked(Trigger trigger) {
        Instant started = clock.instant();
        Optional<Map<String, PreviousEvaluation>> previous = transactions.read(connection -> {
            Instant last = cycles.lastStart(connection);
            boolean tooSoon = trigger == Trigger.SCHEDULED && last != null
                    && last.plus(config.evaluation().minGap()).isAfter(started);
            return tooSoon ? Optional.empty() : Optional.of(scorecard.previous(connection));
        });
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Timer.Sample timing = Timer.start(metrics);
        CycleStatus status = CycleStatus.FAILED;
        try {
            Inputs read;
            try {
                read = inputs.read(started, previous.get());
            } catch (NeighbourFailure e) {
                LOG.warnf(e.getCause(), "Evaluation cycle failed: %s", e.getMessage());
                return Optional.of(recordFailure(trigger, started, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("Evaluation cycle failed reading its inputs", e);
                return Optional.of(recordFailure(trigger, started, "reading the inputs failed unexpectedly; the service"
                        + " log has the details"));
            }
            long cycleId = transactions.inTransaction(connection -> {
                EvaluationCycle.Outcome outcome = cycle.evaluate(connection, trigger, started, previous.get(), read);
                List<AlertChange> changes = new ArrayList<>(outcome.changes());
                changes.addAll(alerts.applySystem(connection, systemObservation(null, 0), started).changes());
                router.route(connection, changes, outcome.missedTargets(), started);
                return outcome.cycleId();
            });
            status = CycleStatus.SUCCEEDED;
            return Optional.of(cycleId);
        } finally {
            timing.stop(metrics.timer("alerting.evaluation.cycle", "outcome", status.name()));
        }
    }

    private long recordFailure(Trigger trigger, Instant started, String error) {
        return transactions.inTransaction(connection -> {
            long id = cycles.insert(connection, CycleRecord.failed(trigger, started, clock.instant(), error));
            int failed = cycles.failedInARow(connection);
            if (failed >= config.evaluation().failedCyclesBeforeAlert()) {
                router.route(connection, alerts.applySystem(connection, systemObservation(error, failed), started)
                        .changes(), List.of(), started);
            }
            return id;
        });
    }

    /** The evaluator's own health: bad after too many failed cycles, clear after a successful one. */
    private static Observation systemObservation(String error, int failedInARow) {
        boolean bad = error != null;
        Condition condition = new Condition(bad ? "FAILING" : "OK", bad ? Severity.CRITICAL : null, !bad, null, null,
                null, null, bad ? failedInARow + " evaluation cycles in a row failed; the last: " + error
                        : "evaluation cycles succeed again");
        return new Observation(new AlertKey(AlertKind.SYSTEM, SubjectType.SYSTEM, SYSTEM_SUBJECT, "-"),
                "KPI evaluation is failing", Profile.NONE, condition);
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
