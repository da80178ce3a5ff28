package com.kpiplatform.stack.demo;

import static com.kpiplatform.stack.demo.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.stack.demo.DemoSeries.Point;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's measurements in the measurement-service: one ingest key (created through the API, with
 * the write and read scopes and the demo's KPI prefixes), batches posted with it, and the stored
 * counts read back. Measurements are upserts on their natural key, so posting a series again stores
 * nothing new.
 */
final class DemoMeasurements {

    /** The ingest key's name, by which a second load finds it. */
    static final String KEY_NAME = "Lumen Labs demo feed";

    private static final int BATCH = 5000;
    private static final List<String> PREFIXES = List.of("sales.", "marketing.", "product.", "engineering.", "support.",
            "ops.");

    private final DemoApi admin;
    private final URI base;
    private final IngestKeySecrets secrets;
    private DemoApi ingest;

    DemoMeasurements(URI base, String adminToken, IngestKeySecrets secrets) {
        this.admin = DemoApi.withToken(base, adminToken);
        this.base = base;
        this.secrets = secrets;
    }

    /**
     * Finds the demo's ingest key by name, or creates it. A key whose secret this loader did not keep
     * cannot be used (the API shows a secret only once): it is revoked and a new one takes its place.
     *
     * @return what happened, for the summary
     */
    String ensureKey() {
        Optional<JsonNode> existing = activeKey();
        if (existing.isPresent()) {
            long id = existing.get().path("id").asLong();
            Optional<String> secret = secrets.find(id);
            if (secret.isPresent()) {
                ingest = DemoApi.withApiKey(base, secret.get());
                return "reused ingest key " + id;
            }
            expect(admin.delete("/api/v1/api-keys/" + id), "DELETE /api/v1/api-keys/" + id);
        }
        ObjectNode request = DemoApi.object().put("name", KEY_NAME);
        request.putArray("scopes").add("measurements:write").add("measurements:read");
        PREFIXES.forEach(request.putArray("kpiPrefixes")::add);
        JsonNode created = expect(admin.post("/api/v1/api-keys", request), "POST /api/v1/api-keys");
        long id = created.path("id").asLong();
        secrets.keep(id, created.path("secret").asText());
        ingest = DemoApi.withApiKey(base, created.path("secret").asText());
        return existing.isPresent() ? "replaced ingest key " + existing.get().path("id").asLong()
                + " (its secret was not kept) by " + id : "created ingest key " + id;
    }

    /** Posts the KPI's series with the ingest key; answers how many measurements were posted. */
    long post(KpiSpec kpi, LocalDate today) {
        List<Point> points = DemoSeries.points(kpi, today);
        long posted = 0;
        for (int from = 0; from < points.size(); from += BATCH) {
            ArrayNode batch = DemoApi.JSON.createArrayNode();
            for (Point point : points.subList(from, Math.min(points.size(), from + BATCH))) {
                batch.addObject().put("kpiKey", kpi.key())
                        .put("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                point.day().atStartOfDay(kpi.judging().timeZone()).toOffsetDateTime()))
                        .put("value", point.value());
            }
            posted += expect(ingest.post("/api/v1/measurements/batch", batch),
                    "POST /api/v1/measurements/batch (" + kpi.key() + ")").path("received").asLong();
        }
        return posted;
    }

    /** How many measurements the service holds for the KPI (from yearly buckets of its series). */
    long count(KpiSpec kpi, LocalDate today) {
        Instant from = DemoSeries.firstDay(today).minusMonths(1).atStartOfDay(kpi.judging().timeZone()).toInstant();
        JsonNode series = admin.read("/api/v1/kpis/" + kpi.key() + "/series" + DemoApi.query(Map.of(
                "granularity", "YEAR", "from", from, "to", Instant.now().plus(1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS))));
        long count = 0;
        for (JsonNode bucket : series.path("buckets")) {
            count += bucket.path("count").asLong();
        }
        return count;
    }

    private Optional<JsonNode> activeKey() {
        for (int page = 0; ; page++) {
            JsonNode keys = admin.read("/api/v1/api-keys" + DemoApi.query(Map.of("page", page, "size", 200)));
            for (JsonNode key : keys.path("items")) {
                boolean usable = key.path("revokedAt").isNull() || key.path("revokedAt").isMissingNode();
                boolean expired = key.hasNonNull("expiresAt") && Instant.parse(key.path("expiresAt").asText())
                        .isBefore(Instant.now());
                if (KEY_NAME.equals(key.path("name").asText()) && usable && !expired) {
                    return Optional.of(key);
                }
            }
            if ((long) (page + 1) * keys.path("size").asInt(200) >= keys.path("total").asLong()) {
                return Optional.empty();
            }
        }
    }
}
