package com.kpiplatform.alerting.service.evaluation;

import com.kpiplatform.alerting.domain.cycle.Trigger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Starts an evaluation cycle every {@code alerting.evaluation.every} (default one minute). */
@ApplicationScoped
public class EvaluationScheduler {

    @Inject
    EvaluationRunner runner;

    @Scheduled(every = "${alerting.evaluation.every}", delayed = "${alerting.evaluation.first-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "evaluation-cycle")
    void evaluate() {
        runner.run(Trigger.SCHEDULED);
    }
}
