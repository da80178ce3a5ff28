package com.kpiplatform.definition.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the kpi-definition-service ({@code kpi-definition.*}). */
@ConfigMapping(prefix = "kpi-definition")
public interface KpiDefinitionConfig {

    /** KPI health report settings. */
    Health health();

    interface Health {

        /** A team owning more active KPIs than this gets a TOO_MANY_KPIS finding. */
        @WithDefault("10")
        int maxKpisPerTeam();
    }
}
