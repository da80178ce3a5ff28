package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpiplatform.stack.telemetry.TelemetryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * deploy/grafana/kpi-platform.json and deploy/prometheus/kpi-platform-rules.yml: well formed, covering
 * what operators watch, and using only the metric names agreed with the services. TelemetryFiles
 * extracts those names; a test against the running services checks each appears in /q/metrics.
 */
class TelemetryFilesTest {

    private static final Path ROOT = ComposeFile.ROOT;
    /** The names the services export (or will: agreed with whoever adds them), and standard JVM ones. */
    private static final Set<String> AGREED = Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum", "measurement_ingest_measurements_total", "alerting_evaluation_cycle_seconds_bucket",
            "alerting_evaluation_cycle_seconds_count", "alerting_evaluation_cycle_seconds_sum", "alerting_evaluation_cycle_seconds_max",
            "alerting_delivery_attempts_total", "alerting_deliveries_pending", "ft_circuitbreaker_state_current",
            "jvm_memory_used_bytes", "process_cpu_usage");
    private static final Pattern SELECTOR = Pattern.compile("\\{([^}]*)}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            sum by (route) (rate(measurement_ingest_measurements_total[$__rate_interval])) => measurement_ingest_measurements_total
            histogram_quantile(0.95, sum by (job, le) (rate(http_server_requests_seconds_bucket{uri!="/REFUSED", uri!~"/q/.*"}[5m]))) => http_server_requests_seconds_bucket
            sum(rate(a_total{status=~"5..", uri=~"/api/v1/(x|y).*"}[5m])) / sum(rate(a_total[5m])) > 0.01 => a_total
            deriv(max(alerting_deliveries_pending)[30m:1m]) > 0 and max(alerting_deliveries_pending) > 50 => alerting_deliveries_pending
            sum(rate(x_count[5m])) by (le) / on (job) group_left (instance) y_info => x_count y_info
            ft_circuitbreaker_state_current{state="open"} offset 1h > bool 0 => ft_circuitbreaker_state_current
            label_replace(up{job="a"}, "service", "$1", "job", "(.*)-service") => up
            1e-3 * process_cpu_usage + 0x1f - Inf * 2.5e+2 => process_cpu_usage
            sum without (instance) (jvm_memory_used_bytes{area="heap"}) # the heap => jvm_memory_used_bytes
            a:recorded:rate5m unless ignoring(x) b or c_total @ 1609746000 => a:recorded:rate5m b c_total
            max_over_time(alerting_evaluation_cycle_seconds_max[1h30m]) - sum by(outcome)(increase(alerting_evaluation_cycle_seconds_count{outcome='FAILED'}[${window}])) => alerting_evaluation_cycle_seconds_count alerting_evaluation_cycle_seconds_max
            topk(5, sum by (method) (rate(http_server_requests_seconds_sum[5m]))) > $threshold => http_server_requests_seconds_sum
            """)
    void findsTheMetricNamesOfAnExpressionAsWritten(String expression, String names) {
        assertThat(TelemetryFiles.metricNames(expression)).containsExactlyInAnyOrder(names.split(" "));
    }

    @Test
    void theDashboardHasADatasourceVariableUniquePanelIdsAndAPrometheusQueryInEveryPanel() {
        JsonNode dashboard = TelemetryFiles.dashboard(ROOT);
        assertThat(dashboard.path("templating").path("list").findValuesAsText("type")).contains("datasource");
        JsonNode variable = dashboard.path("templating").path("list").get(0);
        assertThat(variable.path("query").asText()).isEqualTo("prometheus");
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : TelemetryFiles.panels(ROOT)) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as("panel id of %s is unique", title).isTrue();
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("targets")).as("targets of %s", title).isNotEmpty();
            panel.path("targets").forEach(target -> {
                assertThat(target.path("expr").asText()).as("expr of %s", title).isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).as("datasource of %s", title)
                        .isEqualTo("${" + variable.path("name").asText() + "}");
            });
        }
    }

    @Test
    void theDashboardShowsWhatOperatorsWatch() {
        List<String> expressions = TelemetryFiles.dashboardExpressions(ROOT);
        assertThat(expressions).anyMatch(e -> e.contains("rate(measurement_ingest_measurements_total"));
        assertThat(expressions).anyMatch(e -> e.startsWith("histogram_quantile(0.5,") && e.contains("alerting_evaluation_cycle_seconds_bucket"));
        assertThat(expressions).anyMatch(e -> e.startsWith("histogram_quantile(0.95,") && e.contains("alerting_evaluation_cycle_seconds_bucket"));
        assertThat(expressions).anyMatch(e -> e.contains("alerting_evaluation_cycle_seconds_max"));
        assertThat(expressions).anyMatch(e -> e.contains("by (channel, outcome)") && e.contains("alerting_delivery_attempts_total"));
        assertThat(expressions).anyMatch(e -> e.contains("state") && e.contains("ft_circuitbreaker_state_current"));
        assertThat(expressions).anyMatch(e -> e.contains("alerting_deliveries_pending"));
        for (String quantile : List.of("0.95", "0.99")) {
            assertThat(expressions).anyMatch(e -> e.startsWith("histogram_quantile(" + quantile + ", sum by (job, le)")
                    && e.contains("http_server_requests_seconds_bucket"));
        }
    }

    @Test
    void everyRuleHasAnAlertAnExpressionADurationASeverityAndASummaryAndDescription() {
        JsonNode groups = TelemetryFiles.rules(ROOT).path("groups");
        assertThat(groups).isNotEmpty();
        Set<String> alerts = new HashSet<>();
        for (JsonNode group : groups) {
            assertThat(group.path("name").asText()).isNotBlank();
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alert).as("a rule of %s", group.path("name").asText()).matches("[A-Z][A-Za-z0-9]+");
                assertThat(alerts.add(alert)).as("%s is unique", alert).isTrue();
                assertThat(rule.path("expr").asText()).as(alert).isNotBlank();
                assertThat(rule.path("for").asText()).as(alert).matches("\\d+[smhdwy]");
                assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("warning", "critical");
                assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
                assertThat(rule.path("annotations").path("description").asText()).as(alert).isNotBlank();
            }
        }
    }

    @Test
    void theRulesAlertOnFailedCyclesDeadDeliveriesIngestErrorsAndTheBacklog() {
        List<String> expressions = TelemetryFiles.ruleExpressions(ROOT);
        assertThat(expressions).anyMatch(e -> e.contains("alerting_evaluation_cycle_seconds_count{outcome=\"FAILED\"}"));
        assertThat(expressions).anyMatch(e -> e.contains("alerting_delivery_attempts_total{outcome=\"DEAD\"}"));
        assertThat(expressions).anyMatch(e -> e.contains("uri=~\"/api/v1/measurements.*\", status=~\"5..\"") && e.contains(" / "));
        assertThat(expressions.stream().filter(e -> e.contains("alerting_deliveries_pending"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyMetricNameIsOneAgreedWithTheServicesAndNoSelectorNamesAJobOrInstance() {
        Set<String> names = TelemetryFiles.metricNames(ROOT);
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(AGREED);
        assertThat(unknown).as("metric names the services do not export").isEmpty();
        assertThat(names).contains("measurement_ingest_measurements_total", "alerting_evaluation_cycle_seconds_bucket",
                "alerting_evaluation_cycle_seconds_max", "alerting_delivery_attempts_total", "alerting_deliveries_pending",
                "ft_circuitbreaker_state_current", "http_server_requests_seconds_bucket", "http_server_requests_seconds_count");
        List<String> expressions = new ArrayList<>(TelemetryFiles.dashboardExpressions(ROOT));
        expressions.addAll(TelemetryFiles.ruleExpressions(ROOT));
        for (String expression : expressions) {
            assertThat(TelemetryFiles.metricNames(expression)).as(expression).isNotEmpty();
            Matcher selector = SELECTOR.matcher(expression);
            while (selector.find()) {
                assertThat(selector.group(1)).as(expression).doesNotContainPattern("\\b(job|instance|__name__)\\s*[=!]");
            }
        }
    }

    @Test
    void namesThatARuleRecordsAreNotExpectedFromTheServices(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("deploy/grafana"));
        Files.createDirectories(root.resolve("deploy/prometheus"));
        Files.writeString(root.resolve(TelemetryFiles.DASHBOARD), """
                {"panels": [{"id": 1, "type": "row", "panels": [
                  {"id": 2, "targets": [{"expr": "sum(job:ingest:rate5m)"}, {"expr": "process_cpu_usage"}]}]}]}
                """);
        Files.writeString(root.resolve(TelemetryFiles.RULES), """
                groups:
                  - name: g
                    rules:
                      - record: job:ingest:rate5m
                        expr: sum by (job) (rate(measurement_ingest_measurements_total[5m]))
                      - alert: Slow
                        expr: job:ingest:rate5m < 1
                """);
        assertThat(TelemetryFiles.metricNames(root)).containsExactly("measurement_ingest_measurements_total", "process_cpu_usage");
    }
}
