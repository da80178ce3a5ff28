package com.kpiplatform.stack.demo;

import static com.kpiplatform.stack.demo.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.stack.demo.DemoApi.Answer;
import com.kpiplatform.stack.demo.DemoTargets.PeriodTarget;
import com.kpiplatform.stack.demo.KpiSpec.Calculated;
import com.kpiplatform.stack.demo.KpiSpec.Goal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The demo's KPI definitions and targets in the kpi-definition-service, made idempotently: a KPI is
 * looked up by its key and created when absent, restored when archived, and changed (PUT with
 * If-Match) only when it differs from the demo's definition; targets are put only for the periods
 * whose target or stretch differs. A second load therefore writes nothing and records no history.
 */
final class DemoKpis {

    private final DemoApi definitions;
    private final Runnable beforeCreate;

    /**
     * @param beforeCreate run before a KPI is created (the loader holds off scheduled evaluations
     *                     until the new KPI's history is posted)
     */
    DemoKpis(DemoApi definitions, Runnable beforeCreate) {
        this.definitions = definitions;
        this.beforeCreate = beforeCreate;
    }

    /** Makes the KPI exist as the demo defines it; true when it had to be created. */
    boolean ensure(KpiSpec kpi) {
        String path = "/api/v1/kpis/" + kpi.key();
        ObjectNode wanted = request(kpi);
        Answer existing = definitions.get(path);
        if (existing.status() == 404) {
            beforeCreate.run();
            expect(definitions.post("/api/v1/kpis", wanted), "POST /api/v1/kpis (" + kpi.key() + ")");
            return true;
        }
        JsonNode current = expect(existing, "GET " + path);
        if ("ARCHIVED".equals(current.path("status").asText())) {
            expect(definitions.post(path + "/restore", null), "POST " + path + "/restore");
            existing = definitions.get(path);
            current = expect(existing, "GET " + path);
        }
        if (differs(wanted, current)) {
            expect(definitions.put(path, wanted, existing.etag()), "PUT " + path);
        }
        return false;
    }

    /** Puts the periods' targets that are missing or differ; answers how many were put. */
    int ensureTargets(KpiSpec kpi, LocalDate today) {
        List<PeriodTarget> targets = DemoTargets.targets(kpi, today);
        if (targets.isEmpty()) {
            return 0;
        }
        String path = "/api/v1/kpis/" + kpi.key() + "/targets";
        JsonNode stored = definitions.read(path + DemoApi.query(Map.of("from", targets.get(0).period(),
                "to", targets.get(targets.size() - 1).period(), "size", 200)));
        Map<String, JsonNode> byPeriod = new HashMap<>();
        stored.path("items").forEach(item -> byPeriod.put(item.path("period").asText(), item));
        ArrayNode changed = DemoApi.JSON.createArrayNode();
        for (PeriodTarget target : targets) {
            JsonNode known = byPeriod.get(target.period());
            if (known == null || !same(target.target(), known.get("target")) || !same(target.stretch(), known.get("stretch"))) {
                changed.addObject().put("period", target.period()).put("target", target.target())
                        .put("stretch", target.stretch());
            }
        }
        if (!changed.isEmpty()) {
            ObjectNode body = DemoApi.object();
            body.set("targets", changed);
            expect(definitions.put(path, body, null), "PUT " + path);
        }
        return changed.size();
    }

    /** The KPI as the API takes it. */
    static ObjectNode request(KpiSpec kpi) {
        ObjectNode body = DemoApi.object();
        body.put("key", kpi.key()).put("name", kpi.name()).put("description", kpi.about().description())
                .put("unit", kpi.unit()).put("category", kpi.about().category()).put("level", kpi.about().level());
        body.putObject("owner").put("team", kpi.owner().name()).put("name", kpi.owner().person())
                .put("email", kpi.owner().email());
        kpi.about().tags().forEach(body.putArray("tags")::add);
        body.put("indicatorType", kpi.about().indicatorType()).put("direction", kpi.judging().direction())
                .put("aggregation", kpi.judging().aggregation()).put("period", kpi.judging().period())
                .put("timeZone", kpi.judging().timeZone().getId());
        Goal goal = kpi.goal();
        if (goal.isRange()) {
            body.putObject("range").put("min", BigDecimal.valueOf(goal.min())).put("max", BigDecimal.valueOf(goal.max()));
        } else {
            body.put("defaultTarget", DemoTargets.defaultTarget(kpi));
        }
        if (goal.tolerancePercent() != null) {
            body.putObject("thresholds").put("amberTolerancePercent", BigDecimal.valueOf(goal.tolerancePercent()));
        }
        if (kpi.source() instanceof Calculated calculated) {
            body.put("formula", calculated.formula());
        }
        if (kpi.judging().staleAfter() != null) {
            body.put("staleAfter", kpi.judging().staleAfter());
        }
        body.put("reviewEvery", kpi.about().level().equals("COMPANY") ? "MONTHLY" : "QUARTERLY");
        return body;
    }

    /** Whether any field the demo sets differs from what the service holds. */
    static boolean differs(JsonNode wanted, JsonNode current) {
        return wanted.properties().stream()
                .anyMatch(field -> !equivalent(field.getKey(), field.getValue(), current.get(field.getKey())));
    }

    private static boolean equivalent(String name, JsonNode wanted, JsonNode current) {
        if (current == null || current.isNull()) {
            return wanted == null || wanted.isNull();
        }
        if (wanted.isNumber()) {
            return current.isNumber() && wanted.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        if (wanted.isObject()) {
            return !differs(wanted, current);
        }
        if (wanted.isArray()) {
            Set<String> want = new HashSet<>();
            Set<String> have = new HashSet<>();
            wanted.forEach(v -> want.add(v.asText()));
            current.forEach(v -> have.add(v.asText()));
            return want.equals(have);
        }
        if (name.equals("staleAfter")) {
            return Duration.parse(wanted.asText()).equals(Duration.parse(current.asText()));
        }
        return Objects.equals(wanted.asText(), current.asText());
    }

    private static boolean same(BigDecimal wanted, JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return wanted == null;
        }
        return wanted != null && stored.isNumber() && wanted.compareTo(stored.decimalValue()) == 0;
    }
}
