package com.kpiplatform.benchmarks;

import com.kpiplatform.stack.PackagedStack;
import com.kpiplatform.stack.ServiceDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The services on the benchmarks' own ports, so that a running ./run-stack is not disturbed. */
final class BenchStack {

    static final ServiceDefinition KPI_DEFINITION = new ServiceDefinition("kpi-definition-service", 18081, "kpi_definition");
    static final ServiceDefinition MEASUREMENT = new ServiceDefinition("measurement-service", 18082, "measurement");
    static final ServiceDefinition ALERTING = new ServiceDefinition("alerting-service", 18083, "alerting");
    private static final List<ServiceDefinition> SERVICES = List.of(KPI_DEFINITION, MEASUREMENT, ALERTING);
    /**
     * The measurement-service's JVM as deploy/kubernetes runs it: a 256 MB heap that starts small
     * with a fixed 32 MB young generation and the serial collector, so that the heap's resident
     * part follows the live data instead of the maximum (measurement-service/README.md, Memory).
     */
    static final List<String> MEASUREMENT_JVM = List.of("-Xmx256m", "-Xms64m", "-Xmn32m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m");
    /** Fewer malloc arenas: glibc's default of 8 per core keeps freed native memory resident per thread. */
    private static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private BenchStack() {
    }

    /** Starts PostgreSQL on a fresh data directory, then the given services with their JVM options. */
    static PackagedStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> toStart,
            List<List<String>> jvmOptions) throws Exception {
        return PackagedStack.start(root, dataDir, postgresPort, SERVICES, toStart, jvmOptions, service -> ENVIRONMENT);
    }
}
