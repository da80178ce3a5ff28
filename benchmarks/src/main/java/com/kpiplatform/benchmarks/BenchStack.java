package com.kpiplatform.benchmarks;

import com.kpiplatform.stack.PackagedStack;
import com.kpiplatform.stack.ServiceDefinition;
import java.nio.file.Path;
import java.util.List;

/** The services on the benchmarks' own ports, so that a running ./run-stack is not disturbed. */
final class BenchStack {

    static final ServiceDefinition KPI_DEFINITION = new ServiceDefinition("kpi-definition-service", 18081, "kpi_definition");
    static final ServiceDefinition MEASUREMENT = new ServiceDefinition("measurement-service", 18082, "measurement");
    static final ServiceDefinition ALERTING = new ServiceDefinition("alerting-service", 18083, "alerting");
    private static final List<ServiceDefinition> SERVICES = List.of(KPI_DEFINITION, MEASUREMENT, ALERTING);

    private BenchStack() {
    }

    /** Starts PostgreSQL on a fresh data directory, then the given services with their JVM options. */
    static PackagedStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> toStart,
            List<List<String>> jvmOptions) throws Exception {
        return PackagedStack.start(root, dataDir, postgresPort, SERVICES, toStart, jvmOptions);
    }
}
