package com.kpiplatform.alerting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Settings of the alerting-service ({@code alerting.*}). */
@ConfigMapping(prefix = "alerting")
public interface AlertingConfig {

    Evaluation evaluation();

    Alerts alerts();

    Anomaly anomaly();

    Realism realism();

    interface Evaluation {

        /** How often the scheduled cycle runs (a Quarkus scheduler interval such as {@code 1m}; {@code off} disables it). */
        @WithDefault("1m")
        String every();

        /** How long after start the first scheduled cycle waits. */
        @WithDefault("10s")
        String firstDelay();

        /** Before this share of a period has passed, a cumulative KPI's forecast is not trusted. */
        @WithDefault("0.1")
        double minElapsedForPace();

        /** After this many failed cycles in a row, a SYSTEM alert opens. */
        @WithDefault("3")
        int failedCyclesBeforeAlert();

        /**
         * A scheduled cycle is skipped when another (on any replica) started less than this long ago, so
         * that replicas do not evaluate twice per interval.
         */
        @WithDefault("PT30S")
        Duration minGap();
    }

    interface Alerts {

        /** Evaluations a bad status must hold before its alert fires (Alertmanager's {@code for}). */
        @WithDefault("1")
        int forEvaluations();

        /** How often a firing, unacknowledged alert is notified again. */
        @WithDefault("PT4H")
        Duration repeatInterval();

        /** How far past the green boundary a KPI must be to resolve its alert, in percent of the target. */
        @WithDefault("2")
        BigDecimal recoveryMarginPercent();
    }

    interface Anomaly {

        /** Completed periods the robust score compares with. */
        @WithDefault("12")
        int periods();

        /** Fewer completed periods than this give no score. */
        @WithDefault("6")
        int minPeriods();

        /** A score at or above this opens an ANOMALY alert. */
        @WithDefault("3.5")
        double threshold();
    }

    interface Realism {

        /** A target beyond the best of the last completed periods by more than this factor is flagged. */
        @WithDefault("1.5")
        double beyondBestFactor();
    }
}
