package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerting-service's neighbours in WireMock: the kpi-definition-service's evaluation view and
 * objectives, and the measurement-service's bulk actuals, answered for exactly the items a cycle
 * asks (its current and previous period, and the first time the twelve periods before).
 */
final class Neighbours {

    static final String VIEW = "/api/v1/kpi-evaluation-view";
    static final String OBJECTIVES = "/api/v1/objectives";
    static final String ACTUALS = "/api/v1/actuals/query";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HISTORY = 12;

    private final WireMock wiremock;
    private final List<Kpi> kpis = new ArrayList<>();
    private List<Map<String, Object>> objectives = List.of();

    Neighbours(WireMock wiremock) {
        this.wiremock = wiremock;
    }

    /** A monthly KPI in UTC; tests change its fields and values before {@link #publish()}. */
    static final class Kpi {
        final Map<String, Object> view = new LinkedHashMap<>();
        final Map<String, Object> values = new HashMap<>();
        Instant lastMeasurementAt;

        Kpi(String key, String direction, String aggregation, Number target) {
            view.put("key", key);
            view.put("name", "KPI " + key);
            view.put("unit", "count");
            view.put("category", "SALES");
            view.put("level", "TEAM");
            view.put("owner", Map.of("team", "team-" + key, "email", "owner@example.com"));
            view.put("tags", List.of("tag-" + key));
            view.put("direction", direction);
            view.put("aggregation", aggregation);
            view.put("period", "MONTHLY");
            view.put("timeZone", "UTC");
            view.put("thresholds", Map.of("amberTolerancePercent", 10));
            view.put("staleAfter", "P2D");
            view.put("target", target);
            view.put("targetSource", "DEFAULT");
        }

        String key() {
            return (String) view.get("key");
        }

        /** The KPI's current period is the month of {@code now}. */
        Kpi at(Instant now) {
            Period month = PeriodType.MONTHLY.containing(now.atZone(ZoneOffset.UTC).toLocalDate());
            view.put("currentPeriod", Map.of("key", month.key(), "start", month.start(ZoneOffset.UTC).toString(),
                    "end", month.end(ZoneOffset.UTC).toString()));
            lastMeasurementAt = now.minusSeconds(3600);
            return this;
        }

        Kpi value(String period, Number value) {
            values.put(period, value);
            return this;
        }

        String currentPeriod() {
            @SuppressWarnings("unchecked")
            Map<String, Object> current = (Map<String, Object>) view.get("currentPeriod");
            return (String) current.get("key");
        }
    }

    Kpi kpi(String key, String direction, String aggregation, Number target, Instant now) {
        Kpi kpi = new Kpi(key, direction, aggregation, target).at(now);
        kpis.add(kpi);
        return kpi;
    }

    void objectives(List<Map<String, Object>> objectives) {
        this.objectives = objectives;
    }

    /** Stubs all three reads for the KPIs and objectives as they are now. */
    void publish() {
        wiremock.register(get(urlPathEqualTo(VIEW)).atPriority(5)
                .willReturn(okJson(json(page(kpis.stream().map(k -> k.view).toList())))));
        wiremock.register(get(urlPathEqualTo(OBJECTIVES)).atPriority(5).willReturn(okJson(json(page(objectives)))));
        for (boolean firstTime : new boolean[] {true, false}) {
            List<Map<String, Object>> items = new ArrayList<>();
            List<Map<String, Object>> answers = new ArrayList<>();
            Map<String, Object> freshness = new LinkedHashMap<>();
            for (Kpi kpi : kpis) {
                Period period = PeriodType.MONTHLY.parse(kpi.currentPeriod());
                for (int back = 0; back <= (firstTime ? HISTORY : 1); back++) {
                    items.add(Map.of("kpiKey", kpi.key(), "period", period.key()));
                    Object value = kpi.values.get(period.key());
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("kpiKey", kpi.key());
                    answer.put("value", value);
                    answer.put("count", value == null ? 0 : 1);
                    answers.add(answer);
                    period = period.previous();
                }
                if (kpi.lastMeasurementAt != null) {
                    freshness.put(kpi.key(), kpi.lastMeasurementAt.toString());
                }
            }
            wiremock.register(post(urlEqualTo(ACTUALS)).atPriority(5)
                    .withRequestBody(equalToJson(json(Map.of("items", items))))
                    .willReturn(okJson(json(Map.of("items", answers, "lastMeasurementAt", freshness)))));
        }
    }

    /** Makes one neighbour answer with a failure, above the regular stubs. */
    void fail(String path, ResponseDefinitionBuilder response) {
        var request = path.equals(ACTUALS) ? post(urlEqualTo(path)) : get(urlPathEqualTo(path));
        wiremock.register(request.atPriority(1).willReturn(response));
    }

    private static Map<String, Object> page(List<?> items) {
        return Map.of("items", items, "page", 0, "size", 1000, "total", items.size());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
