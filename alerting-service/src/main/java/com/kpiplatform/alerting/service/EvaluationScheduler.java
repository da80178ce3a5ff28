package com.kpiplatform.alerting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** Starts an evaluation cycle every {@code alerting.evaluation.every} (default one minute). */
@ApplicationScoped
public class EvaluationScheduler {

    @Inject
    EvaluationRunner runner;

    @Scheduled(every = "${alerting.evaluation.every}", delayed = "${alerting.evaluation.first-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "evaluation-cycle")
    void evaluate() throws SQLException {
        runner.run(Trigger.SCHEDULED);
    }
}
