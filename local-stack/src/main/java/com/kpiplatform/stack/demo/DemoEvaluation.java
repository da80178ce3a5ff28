package com.kpiplatform.stack.demo;

import static com.kpiplatform.stack.demo.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpiplatform.stack.demo.DemoApi.Answer;
import com.kpiplatform.stack.demo.DemoLoader.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The alerting-service's side of the demo: evaluation cycles run on demand, and the scorecard and
 * alerts read back.
 *
 * <p>The alerting-service reads a KPI's history (its last 12 completed periods) only the first time
 * a cycle sees the KPI. A scheduled cycle (every minute) that saw a new KPI before its history was
 * posted would judge it without history for good: no anomaly score, no realism findings. Scheduled
 * cycles are skipped within {@code min-gap} (50 s) of any cycle's start, so before each KPI it
 * creates the loader makes sure a cycle of its own started less than {@link #HOLD} ago.
 */
final class DemoEvaluation {

    /** Well inside the alerting-service's default min-gap of 50 s. */
    static final Duration HOLD = Duration.ofSeconds(30);

    private static final int BUSY_RETRIES = 60;

    private final DemoApi alerting;
    private Instant lastStarted;

    DemoEvaluation(DemoApi alerting) {
        this.alerting = alerting;
    }

    /** Runs a cycle unless one of ours started less than {@link #HOLD} ago. */
    void holdOffScheduledCycles() {
        if (lastStarted == null || lastStarted.plus(HOLD).isBefore(Instant.now())) {
            run();
        }
    }

    /** Runs a cycle now (waiting while another one runs) and answers it. */
    JsonNode run() {
        for (int attempt = 1; ; attempt++) {
            Instant started = Instant.now();
            Answer answer = alerting.post("/api/v1/evaluations/run", null);
            if (answer.status() == 409 && attempt < BUSY_RETRIES) {
                DemoApi.pause(Duration.ofSeconds(1));
                continue;
            }
            JsonNode cycle = expect(answer, "POST /api/v1/evaluations/run");
            lastStarted = started;
            if (!"SUCCEEDED".equals(cycle.path("status").asText())) {
                throw new IllegalStateException("The evaluation cycle failed: " + cycle.path("error").asText());
            }
            return cycle;
        }
    }

    /**
     * The demo KPIs' scorecard entries by status, their realism findings, and their open (pending or
     * firing) alerts, ANOMALY alerts counted apart too. Other KPIs on the platform are left out.
     */
    Scorecard scorecard(Set<String> kpiKeys) {
        Map<String, Long> statuses = new TreeMap<>();
        int findings = 0;
        for (JsonNode entry : all("/api/v1/scorecard?")) {
            if (kpiKeys.contains(entry.path("kpiKey").asText())) {
                statuses.merge(entry.path("status").asText(), 1L, Long::sum);
                findings += entry.path("findings").size();
            }
        }
        int anomalies = 0;
        int open = 0;
        for (String state : List.of("PENDING", "FIRING")) {
            for (JsonNode alert : all("/api/v1/alerts?state=" + state + "&")) {
                if (kpiKeys.contains(alert.path("subjectKey").asText())) {
                    open++;
                    anomalies += "ANOMALY".equals(alert.path("kind").asText()) ? 1 : 0;
                }
            }
        }
        return new Scorecard(statuses, anomalies, findings, open);
    }

    /** Every item of a paged list; {@code path} ends in ? or &. */
    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = alerting.read(path + "size=200&page=" + page);
            answer.path("items").forEach(items::add);
            if ((long) (page + 1) * answer.path("size").asInt(200) >= answer.path("total").asLong()) {
                return items;
            }
        }
    }
}
