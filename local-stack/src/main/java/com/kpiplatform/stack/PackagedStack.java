package com.kpiplatform.stack;

import com.kpiplatform.devissuer.TokenRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged services as separate processes on ports of their own, with a fresh embedded
 * PostgreSQL and a development issuer: what the benchmarks and the contract journey run against,
 * beside a running ./run-stack without disturbing it.
 */
public final class PackagedStack implements AutoCloseable {

    private final StackDatabase database;
    private final StackIdentity identity = StackIdentity.start(0);
    private final List<ServiceProcess> services = new ArrayList<>();

    private PackagedStack(StackDatabase database) {
        this.database = database;
    }

    /**
     * Starts PostgreSQL on a fresh data directory with a database for each of {@code all} (the first
     * two being the kpi-definition and measurement services, as the others find them), then
     * {@code toStart}, each with its JVM options, and waits until they are ready.
     */
    public static PackagedStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> all,
            List<ServiceDefinition> toStart, List<List<String>> jvmOptions) throws Exception {
        deleteRecursively(dataDir);
        StackOptions options = new StackOptions(root, dataDir, true, postgresPort);
        PackagedStack stack = new PackagedStack(StackDatabase.start(options, all));
        try {
            for (int i = 0; i < toStart.size(); i++) {
                ServiceDefinition service = toStart.get(i);
                stack.services.add(ServiceProcess.start(service, service.runnableJar(root),
                        LocalStack.environment(service, stack.database, stack.identity, all), options.logDir(),
                        jvmOptions.get(i)));
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
    public String token(String... roles) {
        return identity.issuer().mint(TokenRequest.person("stack-user", List.of(roles), List.of()));
    }

    public String jdbcUrl(ServiceDefinition service) {
        return database.jdbcUrl(service);
    }

    public ProcessHandle process(int index) {
        return services.get(index).handle();
    }

    @Override
    public void close() throws IOException {
        services.forEach(ServiceProcess::stop);
        database.close();
        identity.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
