package com.kpiplatform.measurement.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.measurement.client.KpiDefinitionClient;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kpi-definition-service as WireMock plays it: its lookup answers every KPI the tests have
 * defined so far, so each test defines its own KPIs with unique keys.
 */
public final class KpiCatalogStub {

    private static final Map<String, Map<String, Object>> KPIS = new LinkedHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KpiCatalogStub() {
    }

    public static String uniqueKey(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A measured KPI. */
    static String kpi(WireMock wiremock, String key, String aggregation, String period, String timeZone) {
        return define(wiremock, key, "ACTIVE", aggregation, period, timeZone, null, List.of());
    }

    /** A monthly KPI in Europe/Berlin. */
    public static String kpi(WireMock wiremock, String key, String aggregation) {
        return kpi(wiremock, key, aggregation, "MONTHLY", "Europe/Berlin");
    }

    static String calculated(WireMock wiremock, String key, String formula, List<String> dependencies) {
        return define(wiremock, key, "ACTIVE", "LAST", "MONTHLY", "Europe/Berlin", formula, dependencies);
    }

    static String archived(WireMock wiremock, String key) {
        return define(wiremock, key, "ARCHIVED", "SUM", "MONTHLY", "Europe/Berlin", null, List.of());
    }

    static synchronized String define(WireMock wiremock, String key, String status, String aggregation, String period,
            String timeZone, String formula, List<String> dependencies) {
        Map<String, Object> kpi = new LinkedHashMap<>();
        kpi.put("key", key);
        kpi.put("status", status);
        kpi.put("unit", "USD");
        kpi.put("direction", "HIGHER_IS_BETTER");
        kpi.put("aggregation", aggregation);
        kpi.put("period", period);
        kpi.put("timeZone", timeZone);
        kpi.put("formula", formula);
        kpi.put("formulaDependencies", dependencies);
        KPIS.put(key, kpi);
        restub(wiremock);
        return key;
    }

    /**
     * After a test that made lookups fail: answer them again, and wait until the client's circuit
     * breaker has closed, so that the next test starts with a working catalog.
     */
    public static void restore(WireMock wiremock, KpiDefinitionClient client) {
        restub(wiremock);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> client.lookup(List.of("any.key")) != null);
    }

    /** Answers lookups with the catalog as it stands. */
    public static synchronized void restub(WireMock wiremock) {
        try {
            String body = JSON.writeValueAsString(Map.of("found", new ArrayList<>(KPIS.values()), "missing", List.of()));
            wiremock.register(post(urlEqualTo("/api/v1/kpi-lookup"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
