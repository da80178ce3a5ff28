package com.kpiplatform.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A second load must not PUT a KPI the service already holds as the demo defines it. */
class DemoKpisTest {

    private static final Set<String> KPI_REQUEST_FIELDS = Set.of("key", "name", "description", "unit", "category",
            "level", "owner", "tags", "indicatorType", "direction", "aggregation", "period", "timeZone",
            "defaultTarget", "range", "baseline", "thresholds", "formula", "staleAfter", "reviewEvery");

    @Test
    void requestsUseOnlyFieldsTheApiKnows() {
        for (KpiSpec kpi : DemoCompany.kpis()) {
            assertThat(KPI_REQUEST_FIELDS).as(kpi.key()).containsAll(fieldNames(DemoKpis.request(kpi)));
        }
    }

    @Test
    void theServicesOwnFormOfTheSameKpiIsNoChange() {
        KpiSpec uptime = DemoCompany.kpis().stream().filter(k -> k.key().equals("engineering.uptime")).findFirst()
                .orElseThrow();
        ObjectNode wanted = DemoKpis.request(uptime);
        ObjectNode stored = wanted.deepCopy();
        // What the service answers: normalised durations and numbers, tags reordered, fields of its own.
        stored.put("staleAfter", "PT72H").put("defaultTarget", 99.900000).put("version", 3).put("status", "ACTIVE");
        stored.putArray("tags").add("sla").add("reliability");
        stored.putObject("thresholds").put("amberTolerancePercent", 0.10);

        assertThat(DemoKpis.differs(wanted, stored)).isFalse();
        assertThat(DemoKpis.differs(wanted, stored.put("name", "Uptime"))).isTrue();
    }

    @Test
    void aChangedTargetOrOwnerIsAChange() {
        KpiSpec mrr = DemoCompany.kpis().get(0);
        ObjectNode wanted = DemoKpis.request(mrr);

        assertThat(DemoKpis.differs(wanted, wanted.deepCopy().put("defaultTarget", 1))).isTrue();
        ObjectNode otherOwner = wanted.deepCopy();
        ((ObjectNode) otherOwner.get("owner")).put("team", "finance");
        assertThat(DemoKpis.differs(wanted, otherOwner)).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
