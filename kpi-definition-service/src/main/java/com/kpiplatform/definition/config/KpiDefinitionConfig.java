package com.kpiplatform.definition.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the kpi-definition-service ({@code kpi-definition.*}). */
@ConfigMapping(prefix = "kpi-definition")
public interface KpiDefinitionConfig {

    /** KPI health report settings. */
    Health health();

    /** Objectives and key results. */
    Okr okr();

    interface Health {

        /** A team owning more active KPIs than this gets a TOO_MANY_KPIS finding. */
        @WithDefault("10")
        int maxKpisPerTeam();
    }

    interface Okr {

        /** A key result is at risk when its progress trails the elapsed share of its period by more than this. */
        @WithDefault("0.1")
        double atRiskGap();

        /** And off track when it trails by more than this. */
        @WithDefault("0.25")
        double offTrackGap();

        /**
         * How long after its objective's period ends a KPI-linked key result still follows late
         * measurements before its value is final.
         */
        @WithDefault("P1D")
        Duration freezeAfter();

        /** Key results one objective may have; a handful keeps an objective focused. */
        @WithDefault("10")
        int maxKeyResults();
    }
}
