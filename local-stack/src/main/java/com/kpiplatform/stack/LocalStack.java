package com.kpiplatform.stack;

import com.kpiplatform.devissuer.TokenRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Runs the whole platform on one machine with nothing installed but a JDK: an embedded PostgreSQL,
 * then the three services wired together through the environment names of DESIGN.md. Everything
 * started here is stopped again on Ctrl-C or SIGTERM.
 */
public final class LocalStack {

    private final StackOptions options;
    private final List<ServiceProcess> running = new ArrayList<>();
    private StackDatabase database;
    private StackIdentity identity;
    private volatile boolean stopping;

    private LocalStack(StackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("token")) {
            TokenCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("demo")) {
            DemoCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (List.of(args).contains("--help")) {
            System.out.println(StackOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(StackOptions.parse(Path.of("").toAbsolutePath(), args));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start();
        } catch (IllegalStateException e) {
            System.err.println("\n" + e.getMessage());
            System.exit(1);
        }
        if (stack.options.demo()) {
            stack.loadDemo();
        }
        stack.awaitAnyExit();
    }

    private void start() throws Exception {
        LeftoverProcesses.stopLeftovers(options);
        ensurePortsFree();
        if (options.fresh()) {
            deleteRecursively(options.dataDir());
            System.out.println("Fresh start: deleted " + options.dataDir());
        }
        database = StackDatabase.start(options, ServiceDefinition.ALL);
        System.out.println("PostgreSQL on 127.0.0.1:" + options.postgresPort() + ", data in " + options.postgresDataDir());
        identity = StackIdentity.start(StackIdentity.DEFAULT_PORT);
        System.out.println("Development issuer (tokens: ./run-stack token --role admin): " + identity.issuer().issuer());
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            running.add(ServiceProcess.start(service, service.runnableJar(options.root()), environment(service),
                    options.logDir(), List.of()));
            writeIdentityEnvironment(service);
        }
        LeftoverProcesses.recordServices(options.servicePidFile(), running.stream().map(ServiceProcess::handle).toList());
        for (ServiceProcess service : running) {
            service.awaitReady();
        }
        printAddresses();
    }

    /** Loads the demo company through the API; a failure is reported, and the stack keeps running. */
    private void loadDemo() {
        System.out.println("\nLoading the demo company through the API...");
        try {
            String token = identity.issuer().mint(TokenRequest.person("demo-loader", List.of("admin"), List.of()));
            System.out.println(DemoCommand.load(token, options.demoIngestKeyFile()).summary());
        } catch (RuntimeException e) {
            System.err.println("Loading the demo company failed: " + e.getMessage());
        }
    }

    private Map<String, String> environment(ServiceDefinition service) {
        return environment(service, database, identity, ServiceDefinition.ALL);
    }

    /** The environment of one service: its port, database and identity provider, and where the others are. */
    public static Map<String, String> environment(ServiceDefinition service, StackDatabase database,
            StackIdentity identity, List<ServiceDefinition> services) {
        Map<String, String> environment = new HashMap<>(identity.environment(service));
        environment.putAll(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service),
                "QUARKUS_DATASOURCE_USERNAME", service.database(),
                "QUARKUS_DATASOURCE_PASSWORD", service.database(),
                "KPI_DEFINITION_SERVICE_URL", services.get(0).baseUrl(),
                "MEASUREMENT_SERVICE_URL", services.get(1).baseUrl(),
                // Readable logs on a developer's machine; deployments keep the JSON default.
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        return environment;
    }

    /**
     * The service's issuer settings and client secret in {@code <data dir>/env/<service>.env}, readable
     * by the owner only, so that a second replica can be started by hand (bench/delivery-demo.sh does).
     */
    private void writeIdentityEnvironment(ServiceDefinition service) throws IOException {
        Path file = options.dataDir().resolve("env").resolve(service.name() + ".env");
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        identity.environment(service).forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        Files.writeString(file, lines);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private void printAddresses() {
        System.out.println("\nThe KPI platform is up. Swagger UI:");
        for (ServiceProcess service : running) {
            System.out.printf("  %-24s %s/q/swagger-ui%n", service.service().name(), service.service().baseUrl());
        }
        System.out.println("Logs: " + options.logDir() + "   Stop: Ctrl-C");
    }

    /** Returns when a service ends on its own (a crash); the shutdown hook then stops the rest. */
    private void awaitAnyExit() {
        CompletableFuture<?>[] exits = running.stream().map(s -> s.process().onExit()).toArray(CompletableFuture[]::new);
        CompletableFuture.anyOf(exits).join();
        if (stopping) {
            return;
        }
        running.stream().filter(s -> !s.process().isAlive()).forEach(s -> System.err.println(
                s.service().name() + " stopped unexpectedly; see " + options.logDir().resolve(s.service().name() + ".log")));
        System.exit(1);
    }

    private synchronized void stop() {
        stopping = true;
        if (running.isEmpty() && database == null) {
            return;
        }
        System.out.println("\nStopping the KPI platform...");
        running.parallelStream().forEach(ServiceProcess::stop);
        running.clear();
        try {
            LeftoverProcesses.forgetServices(options.servicePidFile());
            if (database != null) {
                database.close();
                database = null;
            }
            if (identity != null) {
                identity.close();
                identity = null;
            }
        } catch (IOException e) {
            System.err.println("While stopping PostgreSQL: " + e.getMessage());
        }
        System.out.println("Stopped.");
    }

    private static void ensurePortsFree() {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            try (ServerSocket probe = new ServerSocket(service.port(), 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + service.port() + " (" + service.name()
                        + ") is in use; stop whatever listens there first.");
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
