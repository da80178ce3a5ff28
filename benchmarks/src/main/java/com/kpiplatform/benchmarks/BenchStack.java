package com.kpiplatform.benchmarks;

import com.kpiplatform.devissuer.TokenRequest;
import com.kpiplatform.stack.LocalStack;
import com.kpiplatform.stack.ServiceDefinition;
import com.kpiplatform.stack.ServiceProcess;
import com.kpiplatform.stack.StackDatabase;
import com.kpiplatform.stack.StackIdentity;
import com.kpiplatform.stack.StackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The platform as the benchmark runs it: the launcher's durable embedded PostgreSQL and the
 * packaged services, on ports of their own so that a running ./run-stack is not disturbed.
 */
final class BenchStack implements AutoCloseable {

    static final ServiceDefinition KPI_DEFINITION = new ServiceDefinition("kpi-definition-service", 18081, "kpi_definition");
    static final ServiceDefinition MEASUREMENT = new ServiceDefinition("measurement-service", 18082, "measurement");
    static final ServiceDefinition ALERTING = new ServiceDefinition("alerting-service", 18083, "alerting");
    private static final List<ServiceDefinition> SERVICES = List.of(KPI_DEFINITION, MEASUREMENT, ALERTING);

    private final StackDatabase database;
    private final StackIdentity identity = StackIdentity.start(0);
    private final List<ServiceProcess> services = new ArrayList<>();

    private BenchStack(StackDatabase database) {
        this.database = database;
    }

    /** Starts PostgreSQL on a fresh data directory, then the given services with their JVM options. */
    static BenchStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> toStart,
            List<List<String>> jvmOptions) throws Exception {
        deleteRecursively(dataDir);
        StackOptions options = new StackOptions(root, dataDir, true, postgresPort);
        BenchStack stack = new BenchStack(StackDatabase.start(options, SERVICES));
        try {
            for (int i = 0; i < toStart.size(); i++) {
                ServiceDefinition service = toStart.get(i);
                stack.services.add(ServiceProcess.start(service, service.runnableJar(root),
                        LocalStack.environment(service, stack.database, stack.identity, SERVICES), options.logDir(), jvmOptions.get(i)));
            }
            for (ServiceProcess service : stack.services) {
                service.awaitReady();
            }
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    /** A signed token of the stack's issuer for a person with these roles. */
    String token(String... roles) {
        return identity.issuer().mint(TokenRequest.person("benchmark", List.of(roles), List.of()));
    }

    String jdbcUrl(ServiceDefinition service) {
        return database.jdbcUrl(service);
    }

    ProcessHandle process(int index) {
        return services.get(index).handle();
    }

    @Override
    public void close() throws Exception {
        services.forEach(ServiceProcess::stop);
        database.close();
        identity.close();
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
