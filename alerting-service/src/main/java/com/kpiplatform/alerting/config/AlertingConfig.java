package com.kpiplatform.alerting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the alerting-service ({@code alerting.*}). */
@ConfigMapping(prefix = "alerting")
public interface AlertingConfig {

    Evaluation evaluation();

    Alerts alerts();

    Anomaly anomaly();

    Realism realism();

    Delivery delivery();

    Links links();

    Digest digest();

    Secrets secrets();

    interface Secrets {

        /**
         * AES keys for channels' secrets (Slack webhook URLs, webhook signing secrets), as
         * {@code <key id>:<base64 of 16, 24 or 32 bytes>}, comma-separated; the first one encrypts,
         * the others only decrypt (ALERTING_SECRET_KEYS).
         */
        Optional<List<String>> keys();
    }

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
         * that replicas whose schedules are offset do not evaluate twice per interval. Keep it a little
         * under {@code every} (5/6 of it).
         */
        @WithDefault("PT50S")
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

    interface Delivery {

        /** How often the outbox is polled for due deliveries ({@code off} disables sending on this replica). */
        @WithDefault("1s")
        String poll();

        /** Most deliveries one poll sends. */
        @WithDefault("200")
        int perPoll();

        /** After this many attempts that could be retried, a delivery is DEAD. */
        @WithDefault("20")
        int maxAttempts();

        /** The first retry's delay; each next one doubles it (with jitter) up to {@code backoff-max}. */
        @WithDefault("PT5S")
        Duration backoffBase();

        @WithDefault("PT30M")
        Duration backoffMax();

        /** How long to wait after a 429 that names no Retry-After. */
        @WithDefault("PT30S")
        Duration defaultRetryAfter();

        /** A Retry-After longer than this is cut to it. */
        @WithDefault("PT1H")
        Duration maxRetryAfter();

        /** How long one Slack or webhook request may take. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * How long one SMTP conversation may take. Generous: a mail whose answer we stop waiting for may
         * still arrive, and its retry would then be a duplicate.
         */
        @WithDefault("PT60S")
        Duration mailTimeout();

        /** The least time between two messages to one Slack channel (Slack allows about one per second). */
        @WithDefault("PT1S")
        Duration slackInterval();

        /** The least time between two requests to one webhook. */
        @WithDefault("PT0S")
        Duration webhookInterval();

        /** The least time between two mails to one email channel. */
        @WithDefault("PT0S")
        Duration emailInterval();

        /** Whether a KPI owner's email gets the KPI's alerts unless the KPI opts out. */
        @WithDefault("true")
        boolean ownerEmails();
    }

    interface Links {

        /** The dashboard's base URL; messages link {@code <frontend-url>/kpis/<key>}. */
        Optional<String> frontendUrl();

        /** This service's public base URL; when set, Slack messages show the KPI's chart from it. */
        Optional<String> publicBaseUrl();
    }

    interface Digest {

        /** When the weekly digests go out (a Quartz-style cron; {@code off} disables them). */
        @WithDefault("0 0 8 ? * MON")
        String cron();
    }
}
