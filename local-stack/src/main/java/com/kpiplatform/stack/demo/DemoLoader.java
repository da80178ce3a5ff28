package com.kpiplatform.stack.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the demo company ({@link DemoCompany}) into a running platform through its public HTTP API
 * only, with an admin's token and an ingest key it creates through the API, then runs an evaluation
 * and reads the scorecard back. Loading twice changes nothing: KPIs are looked up by key, objectives
 * by team, period and title, key results by title; targets are put only where they differ, a
 * check-in only where there is none, and measurements are upserts on their natural key.
 *
 * <pre>{@code
 * DemoLoader.Result result = DemoLoader.load(kpiDefinitionUri, measurementUri, alertingUri, adminToken);
 * System.out.println(result.summary());
 * }</pre>
 */
public final class DemoLoader {

    /** What the load found and wrote. */
    public record Loaded(int kpis, int kpisCreated, long measurementsPosted, long measurementsStored, int objectives,
            int objectivesCreated, int keyResultsCreated, int checkInsCreated) {
    }

    /**
     * The demo KPIs' scorecard after the evaluation: entries by status (EXCEEDED, ON_TRACK, AT_RISK,
     * OFF_TRACK, NO_DATA, NO_TARGET), target realism findings, and open (pending or firing) alerts,
     * of which {@code anomalies} are ANOMALY alerts.
     */
    public record Scorecard(Map<String, Long> statuses, int anomalies, int realismFindings, int openAlerts) {

        public long count(String status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    /** The outcome of one load. */
    public record Result(Loaded loaded, Scorecard scorecard, String ingestKey, Duration took) {

        public String summary() {
            return """
                    Demo company loaded in %.1f s: %d KPIs (%d new), %d measurements posted (%d stored in all), \
                    %d objectives (%d new), %d new key results, %d new check-ins; %s.
                    Scorecard after the evaluation: %s
                      %d realism findings, %d anomaly alerts, %d open alerts.""".formatted(
                    took.toMillis() / 1000.0, loaded.kpis(), loaded.kpisCreated(), loaded.measurementsPosted(),
                    loaded.measurementsStored(), loaded.objectives(), loaded.objectivesCreated(),
                    loaded.keyResultsCreated(), loaded.checkInsCreated(), ingestKey, scorecard.statuses(),
                    scorecard.realismFindings(), scorecard.anomalies(), scorecard.openAlerts());
        }
    }

    private final DemoKpis kpis;
    private final DemoMeasurements measurements;
    private final DemoObjectives objectives;
    private final DemoEvaluation evaluation;

    private DemoLoader(URI kpiDefinition, URI measurement, URI alerting, String adminToken, Path ingestKeyFile) {
        DemoApi definitions = DemoApi.withToken(kpiDefinition, adminToken);
        this.evaluation = new DemoEvaluation(DemoApi.withToken(alerting, adminToken));
        this.kpis = new DemoKpis(definitions, evaluation::holdOffScheduledCycles);
        this.measurements = new DemoMeasurements(measurement, adminToken,
                new IngestKeySecrets(measurement.toString(), ingestKeyFile));
        this.objectives = new DemoObjectives(definitions);
    }

    /**
     * Loads the demo company, runs an evaluation and reads the scorecard. The ingest key's secret is
     * kept in memory only, so a second load in this JVM reuses the key; in another JVM it replaces it.
     *
     * @param kpiDefinition the kpi-definition-service's base address, e.g. http://127.0.0.1:8081
     * @param measurement the measurement-service's base address
     * @param alerting the alerting-service's base address
     * @param adminToken a bearer token with the admin role
     */
    public static Result load(URI kpiDefinition, URI measurement, URI alerting, String adminToken) {
        return load(kpiDefinition, measurement, alerting, adminToken, null);
    }

    /**
     * As {@link #load(URI, URI, URI, String)}, keeping the ingest key's secret in {@code ingestKeyFile}
     * too (readable by the owner only), so that a later run reuses the key.
     */
    public static Result load(URI kpiDefinition, URI measurement, URI alerting, String adminToken, Path ingestKeyFile) {
        return new DemoLoader(kpiDefinition, measurement, alerting, adminToken, ingestKeyFile).run();
    }

    private Result run() {
        Instant started = Instant.now();
        String key = measurements.ensureKey();
        List<KpiSpec> company = DemoCompany.kpis();
        int created = 0;
        long posted = 0;
        long stored = 0;
        for (KpiSpec kpi : company) {
            LocalDate today = LocalDate.now(kpi.judging().timeZone());
            created += kpis.ensure(kpi) ? 1 : 0;
            kpis.ensureTargets(kpi, today);
            if (!kpi.isCalculated()) {
                posted += measurements.post(kpi, today);
                stored += measurements.count(kpi, today);
            }
        }
        DemoObjectives.Counts okrs = objectives.ensure(DemoCompany.objectives(), LocalDate.now(ZoneOffset.UTC));
        evaluation.run();
        Set<String> keys = company.stream().map(KpiSpec::key).collect(Collectors.toSet());
        Scorecard scorecard = evaluation.scorecard(keys);
        Loaded loaded = new Loaded(company.size(), created, posted, stored, okrs.objectives(), okrs.objectivesCreated(),
                okrs.keyResultsCreated(), okrs.checkInsCreated());
        return new Result(loaded, scorecard, key, Duration.between(started, Instant.now()));
    }
}
