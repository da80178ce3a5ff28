package com.kpiplatform.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The alerting-service's two neighbours as small fakes over HTTP, for the evaluation benchmark:
 * the kpi-definition-service's evaluation view and objectives (on one port) and the
 * measurement-service's bulk actuals (on another), answering for any number of generated KPIs.
 */
final class FakeNeighbours implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AGGREGATIONS = {"SUM", "AVG", "LAST", "COUNT"};
    private static final String[] DIRECTIONS = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"};

    private final int kpis;
    private final int objectives;
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    FakeNeighbours(int kpis, int objectives, int definitionPort, int measurementPort) throws IOException {
        this.kpis = kpis;
        this.objectives = objectives;
        servers.add(server(definitionPort, "/api/v1/kpi-evaluation-view", this::view));
        servers.get(0).createContext("/api/v1/objectives", exchange -> respond(exchange, this::objectivePage));
        servers.add(server(measurementPort, "/api/v1/actuals/query", this::actuals));
    }

    private interface Handler {
        Object answer(HttpExchange exchange) throws IOException;
    }

    private HttpServer server(int port, String path, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        executors.add(executor);
        server.setExecutor(executor);
        server.createContext(path, exchange -> respond(exchange, handler));
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, Handler handler) throws IOException {
        byte[] body = JSON.writeValueAsBytes(handler.answer(exchange));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Object view(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "500"));
        YearMonth month = YearMonth.from(Instant.parse(query.get("at")).atZone(ZoneOffset.UTC));
        List<Object> items = new ArrayList<>();
        for (int i = page * size; i < Math.min(kpis, (page + 1) * size); i++) {
            Map<String, Object> kpi = new LinkedHashMap<>();
            kpi.put("key", key(i));
            kpi.put("name", "Benchmark KPI " + i);
            kpi.put("unit", "count");
            kpi.put("category", "OPERATIONS");
            kpi.put("level", "TEAM");
            kpi.put("owner", Map.of("team", "team-" + (i % 50), "email", "owner@example.com"));
            kpi.put("tags", List.of("bench"));
            kpi.put("direction", DIRECTIONS[i % DIRECTIONS.length]);
            kpi.put("aggregation", AGGREGATIONS[i % AGGREGATIONS.length]);
            kpi.put("period", "MONTHLY");
            kpi.put("timeZone", "UTC");
            kpi.put("thresholds", Map.of("amberTolerancePercent", 10));
            kpi.put("staleAfter", "P2D");
            kpi.put("currentPeriod", Map.of("key", month.toString(),
                    "start", month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString(),
                    "end", month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString()));
            kpi.put("target", 100);
            items.add(kpi);
        }
        return Map.of("items", items, "page", page, "size", size, "total", kpis);
    }

    private Object objectivePage(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "200"));
        List<Object> items = new ArrayList<>();
        for (int i = page * size; i < Math.min(objectives, (page + 1) * size); i++) {
            List<Object> keyResults = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int id = i * 3 + k + 1;
                keyResults.add(Map.of("id", id, "title", "Key result " + id, "target", 100, "current", id % 100,
                        "progress", (id % 100) / 100.0, "status", id % 3 == 0 ? "OFF_TRACK" : "ON_TRACK", "stale", false));
            }
            items.add(Map.of("id", i + 1, "title", "Objective " + (i + 1), "period", "2026-Q4", "closed", false,
                    "owner", Map.of("team", "team-" + (i % 50)), "expectedProgress", 0.5, "keyResults", keyResults));
        }
        return Map.of("items", items, "page", page, "size", size, "total", objectives);
    }

    private Object actuals(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        List<Object> items = new ArrayList<>();
        Map<String, Object> freshness = new LinkedHashMap<>();
        String lastMeasurement = Instant.now().minusSeconds(600).toString();
        for (JsonNode item : request.get("items")) {
            String kpi = item.get("kpiKey").asText();
            String period = item.get("period").asText();
            int value = 60 + Math.floorMod((kpi + period).hashCode(), 80);
            items.add(Map.of("kpiKey", kpi, "value", value, "count", 1 + value % 7));
            freshness.put(kpi, lastMeasurement);
        }
        return Map.of("items", items, "lastMeasurementAt", freshness);
    }

    private static String key(int i) {
        return "bench.kpi-%05d".formatted(i);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
    }
}
