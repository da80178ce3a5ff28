package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.requestid.RequestIds;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Group commit for single measurements: concurrent requests queue their measurement, and one
 * writer thread stores whatever has queued up in one transaction, so that a hundred concurrent
 * integrations cost one commit (one WAL flush) instead of a hundred; a few writer threads keep
 * several groups in flight. A request is answered only after its group is committed.
 */
@ApplicationScoped
public class GroupCommitWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class);

    private record Pending(Measurement measurement, Kpi kpi, Actor source, String requestId,
            CompletableFuture<Void> stored) {
    }

    @Inject
    MeasurementWriter writer;

    @Inject
    MeasurementConfig config;

    private BlockingQueue<Pending> queue;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    void start(@Observes StartupEvent event) {
        queue = new ArrayBlockingQueue<>(config.groupCommit().queueCapacity());
        running = true;
        for (int i = 0; i < config.groupCommit().writers(); i++) {
            Thread thread = new Thread(this::run, "measurement-group-commit-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(config.groupCommit().timeout().toMillis());
        }
    }

    /** Queues a measurement; the future completes when it is committed, or fails with a 503 problem. */
    public CompletableFuture<Void> submit(Measurement measurement, Kpi kpi, Actor source, String requestId) {
        Pending pending = new Pending(measurement, kpi, source, requestId, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.stored().completeExceptionally(ProblemException.unavailable(
                    "Too many measurements are waiting to be written; nothing was stored. Retry later.", 1));
        }
        return pending.stored().orTimeout(config.groupCommit().timeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? ProblemException.unavailable("The measurement was not committed in time; retry (writes are "
                                + "idempotent).", 1)
                        : failure));
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, config.groupCommit().maxGroupSize() - 1);
                writeBySource(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    /** One transaction per source, so that every write keeps its source. */
    private void writeBySource(List<Pending> group) {
        Map<Actor, List<Pending>> bySource = new LinkedHashMap<>();
        group.forEach(p -> bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p));
        bySource.forEach((source, pendings) -> {
            // The group's log lines name the requests it serves: the writer thread has none of its own.
            MDC.put(RequestIds.MDC_KEY, pendings.stream().map(Pending::requestId).filter(Objects::nonNull)
                    .collect(Collectors.joining(",")));
            try {
                Map<String, Kpi> kpis = new HashMap<>();
                pendings.forEach(p -> kpis.put(p.kpi().key(), p.kpi()));
                writer.write(pendings.stream().map(Pending::measurement).toList(), kpis, source,
                        pendings.get(0).requestId());
                pendings.forEach(p -> p.stored().complete(null));
            } catch (RuntimeException e) {
                LOG.debugf("Group of %d measurements failed: %s", pendings.size(), e);
                pendings.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        });
    }
}
