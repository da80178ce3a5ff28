package com.kpiplatform.stack.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operators' telemetry files, {@value #DASHBOARD} and {@value #RULES}, and the Prometheus metric
 * names their expressions use: what the services must export under {@code /q/metrics}.
 */
public final class TelemetryFiles {

    /** The Grafana dashboard, relative to the repository root. */
    public static final String DASHBOARD = "deploy/grafana/kpi-platform.json";
    /** The Prometheus alert rules, relative to the repository root. */
    public static final String RULES = "deploy/prometheus/kpi-platform-rules.yml";

    private TelemetryFiles() {
    }

    /**
     * Every metric name used by an expression of the dashboard or the rules under {@code root}, exactly
     * as written ({@code http_server_requests_seconds_bucket} stays as it is), sorted. Names that a
     * rule records ({@code record:}) are left out: Prometheus makes those, not the services.
     */
    public static Set<String> metricNames(Path root) {
        Set<String> names = new TreeSet<>();
        dashboardExpressions(root).forEach(expression -> names.addAll(PromQl.metricNames(expression)));
        ruleExpressions(root).forEach(expression -> names.addAll(PromQl.metricNames(expression)));
        names.removeAll(recordedNames(root));
        return names;
    }

    /** The metric names of one PromQL expression, as written. */
    public static Set<String> metricNames(String expression) {
        return PromQl.metricNames(expression);
    }

    /** The dashboard: its JSON model. */
    public static JsonNode dashboard(Path root) {
        return read(new ObjectMapper(), root.resolve(DASHBOARD));
    }

    /** The rule file: its groups. */
    public static JsonNode rules(Path root) {
        return read(new YAMLMapper(), root.resolve(RULES));
    }

    /** Every panel of the dashboard, those inside rows included. */
    public static List<JsonNode> panels(Path root) {
        List<JsonNode> panels = new ArrayList<>();
        collectPanels(dashboard(root).path("panels"), panels);
        return panels;
    }

    /** The {@code expr} of every target of every panel. */
    public static List<String> dashboardExpressions(Path root) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(root)) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    /** The {@code expr} of every rule of every group. */
    public static List<String> ruleExpressions(Path root) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rules(root).path("groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        return expressions;
    }

    private static Set<String> recordedNames(Path root) {
        Set<String> recorded = new TreeSet<>();
        for (JsonNode group : rules(root).path("groups")) {
            group.path("rules").forEach(rule -> {
                if (rule.hasNonNull("record")) {
                    recorded.add(rule.path("record").asText());
                }
            });
        }
        return recorded;
    }

    private static void collectPanels(JsonNode array, List<JsonNode> into) {
        for (JsonNode panel : array) {
            into.add(panel);
            collectPanels(panel.path("panels"), into);
        }
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
