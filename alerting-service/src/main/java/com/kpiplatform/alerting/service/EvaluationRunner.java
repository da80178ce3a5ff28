package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.repository.CycleStore.CycleRecord;
import com.kpiplatform.alerting.repository.CycleStore.Previous;
import com.kpiplatform.alerting.repository.CycleStore;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.alerting.service.CycleInputs.Inputs;
import com.kpiplatform.alerting.service.delivery.Router;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs evaluation cycles, one at a time across all replicas (a PostgreSQL advisory lock held for
 * the cycle). A cycle whose reads from the other services fail is recorded as FAILED and changes
 * no evaluation or alert, so an outage never turns into NO_DATA alerts or false resolutions;
 * after {@code failed-cycles-before-alert} failures in a row a SYSTEM alert fires, and the next
 * successful cycle resolves it.
 */
@ApplicationScoped
public class EvaluationRunner {

    private static final Logger LOG = Logger.getLogger(EvaluationRunner.class);
    /** An arbitrary, fixed advisory-lock key ("evaluate" in ASCII). */
    private static final long LOCK = 0x6576616c75617465L;
    private static final String SYSTEM_SUBJECT = "evaluation-cycle";
    private static final int MAX_ERROR_LENGTH = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CycleInputs inputs;

    @Inject
    EvaluationCycle cycle;

    @Inject
    CycleStore store;

    @Inject
    AlertProcessor alerts;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    @Inject
    Router router;

    /** The recorded cycle's id; empty when another replica is evaluating, or (scheduled only) just did. */
    public Optional<Long> run(Trigger trigger) throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            if (!query(lock, "SELECT pg_try_advisory_lock(" + LOCK + ")")) {
                return Optional.empty();
            }
            try {
                return runLocked(trigger);
            } finally {
                query(lock, "SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        }
    }

    private Optional<Long> runLocked(Trigger trigger) throws SQLException {
        Instant started = clock.instant();
        Map<String, Previous> previous;
        try (Connection connection = dataSource.getConnection()) {
            Instant last = store.lastStart(connection);
            if (trigger == Trigger.SCHEDULED && last != null && last.plus(config.evaluation().minGap()).isAfter(started)) {
                return Optional.empty();
            }
            previous = store.previous(connection);
        }
        Inputs read;
        try {
            read = inputs.read(started, previous);
        } catch (RuntimeException e) {
            LOG.warnf("Evaluation cycle failed: %s", e.toString());
            return Optional.of(recordFailure(trigger, started, e));
        }
        return Optional.of(transactions.inTransaction(connection -> {
            long id = cycle.evaluate(connection, trigger, started, previous, read);
            alerts.applySystem(connection, systemObservation(null, 0), started);
            router.route(connection, started);
            return id;
        }));
    }

    private long recordFailure(Trigger trigger, Instant started, RuntimeException failure) throws SQLException {
        String error = describe(failure);
        CycleRecord record = new CycleRecord(trigger.name(), "FAILED", started, clock.instant(), 0, 0, Map.of(), 0, 0, error);
        return transactions.inTransaction(connection -> {
            long id = store.insertCycle(connection, record);
            int failed = store.failedInARow(connection);
            if (failed >= config.evaluation().failedCyclesBeforeAlert()) {
                alerts.applySystem(connection, systemObservation(error, failed), started);
                router.route(connection, started);
            }
            return id;
        });
    }

    /** The evaluator's own health: bad after too many failed cycles, clear after a successful one. */
    private static Observation systemObservation(String error, int failedInARow) {
        boolean bad = error != null;
        return new Observation(AlertKind.SYSTEM, SubjectType.SYSTEM, SYSTEM_SUBJECT, "-", "KPI evaluation is failing",
                null, null, List.of(), bad ? "FAILING" : "OK", bad ? Severity.CRITICAL : null, !bad, null, null,
                bad ? failedInARow + " evaluation cycles in a row failed; the last: " + error : "evaluation cycles succeed again");
    }

    /** What failed, for people: the exception and its causes' messages, without stack traces. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : "; caused by ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
