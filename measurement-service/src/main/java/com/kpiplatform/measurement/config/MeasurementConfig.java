package com.kpiplatform.measurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Settings of the measurement-service ({@code measurement.*}). */
@ConfigMapping(prefix = "measurement")
public interface MeasurementConfig {

    Ingest ingest();

    Catalog catalog();

    GroupCommit groupCommit();

    Reads reads();

    Rollups rollups();

    ApiKeys apiKeys();

    Partitions partitions();

    Retention retention();

    interface Partitions {

        /** Months after the current one whose partitions are created ahead, so writes never wait for one. */
        @WithDefault("3")
        int monthsAhead();

        /** How often partitions are created ahead and, with a retention, old ones dropped. */
        @WithDefault("1h")
        String maintainEvery();
    }

    interface Retention {

        /**
         * Whole calendar months (UTC) of measurements kept before the current month; older months are
         * dropped, a partition at a time. Unset keeps every measurement.
         */
        OptionalInt months();
    }

    interface ApiKeys {

        /** Requests per second one key may make, unless the key sets its own limit. */
        @WithDefault("2000")
        int requestsPerSecond();

        /**
         * How often keys' last uses are written to the table (read by {@code ApiKeyUsage}'s schedule); a
         * key's lastUsedAt as another replica shows it lags by up to this.
         */
        @WithDefault("30s")
        String lastUsedFlush();
    }

    interface Rollups {

        /** How often pending rollup deltas are folded into the rollups; reads add pending deltas anyway. */
        @WithDefault("0.5s")
        Duration mergeEvery();

        /**
         * Dead rows in the delta and dirty-group queues after which the merge worker vacuums them itself,
         * instead of waiting for autovacuum.
         */
        @WithDefault("50000")
        long vacuumAfterDeadRows();
    }

    interface Ingest {

        /** Most measurements in one JSON-array or CSV batch (larger backfills use NDJSON). */
        @WithDefault("10000")
        int maxBatchSize();

        /** Measurements per atomic chunk of an NDJSON stream. */
        @WithDefault("10000")
        int ndjsonChunkSize();

        /** How far in the future a timestamp may lie, for clocks that drift. */
        @WithDefault("PT5M")
        Duration maxFutureSkew();

        /** Most dimensions per measurement. */
        @WithDefault("10")
        int maxDimensions();

        /** Longest dimension name. */
        @WithDefault("32")
        int maxDimensionKeyLength();

        /** Longest dimension value. */
        @WithDefault("64")
        int maxDimensionValueLength();

        /** Most validation errors listed in one problem response. */
        @WithDefault("100")
        int maxReportedErrors();
    }

    interface Catalog {

        /** How long a KPI looked up in the kpi-definition-service is trusted before it is looked up again. */
        @WithDefault("PT1M")
        Duration ttl();

        /** Retry-After (seconds) answered when a never-seen KPI cannot be checked. */
        @WithDefault("10")
        long retryAfterSeconds();
    }

    interface GroupCommit {

        /**
         * Writer threads, each committing one group at a time. One is fastest on small machines: while
         * it commits, the next group fills up, and bigger groups share a WAL flush and the fixed
         * statements of a transaction (measured in the README: 4 writers committed groups of 4, one
         * writer groups of 18, at twice the throughput). More may pay where the database has cores of
         * its own.
         */
        @WithDefault("1")
        int writers();

        /** Most single measurements written in one transaction. */
        @WithDefault("2000")
        int maxGroupSize();

        /** Most single measurements waiting to be written; beyond it requests get 503. */
        @WithDefault("20000")
        int queueCapacity();

        /** How long a single write may wait for its group's commit before it answers 503. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface Reads {

        /** Most buckets in one series response. */
        @WithDefault("5000")
        int maxSeriesBuckets();

        /** Most (KPI, period) tuples in one actuals query. */
        @WithDefault("5000")
        int maxQueryTuples();
    }
}
