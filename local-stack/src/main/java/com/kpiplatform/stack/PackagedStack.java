package com.kpiplatform.stack;

import com.kpiplatform.devissuer.TokenRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The packaged services as separate processes on ports of their own, with a fresh embedded
 * PostgreSQL and a development issuer: what the benchmarks and the system tests run against,
 * beside a running ./run-stack without disturbing it.
 */
public final class PackagedStack implements AutoCloseable {

    /** How one service is started, kept so that it can be stopped and started again. */
    private record Launch(ServiceDefinition service, Map<String, String> environment, List<String> jvmOptions) {
    }

    private final StackOptions options;
    private final StackDatabase database;
    private final StackIdentity identity = StackIdentity.start(0);
    private final List<Launch> launches = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();

    private PackagedStack(StackOptions options, StackDatabase database) {
        this.options = options;
        this.database = database;
    }

    /**
     * Starts PostgreSQL on a fresh data directory with a database for each of {@code all} (the first
     * two being the kpi-definition and measurement services, as the others find them), then
     * {@code toStart}, each with its JVM options, and waits until they are ready.
     */
    public static PackagedStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> all,
            List<ServiceDefinition> toStart, List<List<String>> jvmOptions) throws Exception {
        return start(root, dataDir, postgresPort, all, toStart, jvmOptions, service -> Map.of());
    }

    /** As above, each service with more environment on top of the stack's (SMTP, tracing, schedules). */
    public static PackagedStack start(Path root, Path dataDir, int postgresPort, List<ServiceDefinition> all,
            List<ServiceDefinition> toStart, List<List<String>> jvmOptions,
            Function<ServiceDefinition, Map<String, String>> moreEnvironment) throws Exception {
        deleteRecursively(dataDir);
        StackOptions options = new StackOptions(root, dataDir, true, postgresPort);
        PackagedStack stack = new PackagedStack(options, StackDatabase.start(options, all));
        try {
            for (int i = 0; i < toStart.size(); i++) {
                ServiceDefinition service = toStart.get(i);
                Map<String, String> environment = new HashMap<>(
                        LocalStack.environment(service, stack.database, stack.identity, all));
                environment.putAll(moreEnvironment.apply(service));
                stack.launches.add(new Launch(service, environment, jvmOptions.get(i)));
                stack.services.add(stack.launch(i));
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
        return token("stack-user", List.of(roles), List.of());
    }

    /** A signed token for a named person with these roles in these teams. */
    public String token(String name, List<String> roles, List<String> teams) {
        return identity.issuer().mint(TokenRequest.person(name, roles, teams));
    }

    public String jdbcUrl(ServiceDefinition service) {
        return database.jdbcUrl(service);
    }

    /** Where each service writes its log, {@code <name>.log}. */
    public Path logDir() {
        return options.logDir();
    }

    public ProcessHandle process(int index) {
        return services.get(index).handle();
    }

    /** Stops one service (SIGTERM, then SIGKILL after a grace period), as an outage would. */
    public void stop(int index) {
        services.get(index).stop();
    }

    /** Starts a stopped service again with the same environment and waits until it is ready. */
    public void restart(int index) throws IOException, InterruptedException {
        services.set(index, launch(index));
        services.get(index).awaitReady();
    }

    private ServiceProcess launch(int index) throws IOException {
        Launch launch = launches.get(index);
        return ServiceProcess.start(launch.service(), launch.service().runnableJar(options.root()), launch.environment(),
                options.logDir(), launch.jvmOptions());
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
