package com.kpiplatform.stack.demo;

import static com.kpiplatform.stack.demo.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.stack.demo.ObjectiveSpec.KeyResultSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's objectives, key results and check-ins in the kpi-definition-service. Objectives have no
 * key of their own, so one is found by owner team, period and title (and key results by title
 * within their objective) before anything is created; a check-in is recorded only on a key result
 * that has none yet, so a second load adds nothing.
 */
final class DemoObjectives {

    /** What was there and what was added. */
    record Counts(int objectives, int objectivesCreated, int keyResultsCreated, int checkInsCreated) {
    }

    private final DemoApi definitions;

    DemoObjectives(DemoApi definitions) {
        this.definitions = definitions;
    }

    /** Makes every objective of the company exist for the periods that hold {@code today}. */
    Counts ensure(Iterable<ObjectiveSpec> objectives, LocalDate today) {
        Map<String, Long> idByTitle = new HashMap<>();
        int count = 0;
        int created = 0;
        int keyResults = 0;
        int checkIns = 0;
        for (ObjectiveSpec objective : objectives) {
            String period = objective.horizon().period(today);
            Long parent = objective.parentTitle() == null ? null : idByTitle.get(objective.parentTitle());
            Optional<Long> found = find(objective, period);
            long id = found.isPresent() ? found.get() : create(objective, period, parent);
            created += found.isPresent() ? 0 : 1;
            idByTitle.put(objective.title(), id);
            count++;
            for (KeyResultSpec keyResult : objective.keyResults()) {
                Optional<Long> existing = findKeyResult(id, keyResult.title());
                long keyResultId = existing.isPresent() ? existing.get() : createKeyResult(id, keyResult);
                keyResults += existing.isPresent() ? 0 : 1;
                if (keyResult.checkIn() != null && checkInIfNone(keyResultId, keyResult)) {
                    checkIns++;
                }
            }
        }
        return new Counts(count, created, keyResults, checkIns);
    }

    private Optional<Long> find(ObjectiveSpec objective, String period) {
        JsonNode page = definitions.read("/api/v1/objectives" + DemoApi.query(Map.of("ownerTeam",
                objective.owner().name(), "period", period, "size", 200)));
        for (JsonNode item : page.path("items")) {
            if (objective.title().equals(item.path("title").asText())) {
                return Optional.of(item.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    private long create(ObjectiveSpec objective, String period, Long parent) {
        ObjectNode body = DemoApi.object().put("title", objective.title()).put("description", objective.description())
                .put("period", period).put("level", objective.level());
        body.putObject("owner").put("team", objective.owner().name()).put("name", objective.owner().person())
                .put("email", objective.owner().email());
        if (parent != null) {
            body.put("parentId", parent);
        }
        return expect(definitions.post("/api/v1/objectives", body), "POST /api/v1/objectives (" + objective.title() + ")")
                .path("id").asLong();
    }

    private Optional<Long> findKeyResult(long objectiveId, String title) {
        JsonNode page = definitions.read("/api/v1/objectives/" + objectiveId + "/key-results?size=200");
        for (JsonNode item : page.path("items")) {
            if (title.equals(item.path("title").asText())) {
                return Optional.of(item.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    private long createKeyResult(long objectiveId, KeyResultSpec keyResult) {
        ObjectNode body = DemoApi.object().put("title", keyResult.title())
                .put("start", BigDecimal.valueOf(keyResult.start())).put("target", BigDecimal.valueOf(keyResult.target()))
                .put("unit", keyResult.unit()).put("weight", BigDecimal.valueOf(keyResult.weight()));
        if (keyResult.kpiKey() != null) {
            body.put("kpiKey", keyResult.kpiKey());
        }
        String path = "/api/v1/objectives/" + objectiveId + "/key-results";
        return expect(definitions.post(path, body), "POST " + path + " (" + keyResult.title() + ")").path("id").asLong();
    }

    /** Records the demo's check-in unless the key result already has one; true when it was recorded. */
    private boolean checkInIfNone(long keyResultId, KeyResultSpec keyResult) {
        String path = "/api/v1/key-results/" + keyResultId + "/check-ins";
        if (definitions.read(path + "?size=1").path("total").asLong() > 0) {
            return false;
        }
        ObjectNode body = DemoApi.object().put("value", BigDecimal.valueOf(keyResult.checkIn().value()))
                .put("confidence", keyResult.checkIn().confidence()).put("note", keyResult.checkIn().note());
        expect(definitions.post(path, body), "POST " + path);
        return true;
    }
}
