package com.kpiplatform.definition.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.definition.repository.KpiEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A KPI as its API record shows it, flattened to a map from JSON path to value ({@code owner.email},
 * {@code range.min}, ...): the form in which its history records what changed, so that the history
 * speaks the API's field names and a new field is audited without extra code. Audit fields are left
 * out: they change with every write and say nothing the history entry itself does not.
 */
@ApplicationScoped
public class KpiSnapshots {

    private static final Set<String> NOT_HISTORY = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "formulaDependencies", "lastReviewedAt");

    @Inject
    ObjectMapper objectMapper;

    @Inject
    KpiMapper mapper;

    public Map<String, String> of(KpiEntity kpi) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", objectMapper.valueToTree(mapper.toResponse(kpi)), fields);
        fields.keySet().removeIf(field -> NOT_HISTORY.contains(field.split("\\.")[0]));
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> children = node.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue(), fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.isValueNode() ? node.asText() : node.toString());
        }
    }
}
