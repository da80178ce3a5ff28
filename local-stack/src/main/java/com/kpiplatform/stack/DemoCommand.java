package com.kpiplatform.stack;

import com.kpiplatform.stack.demo.DemoLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run-stack demo}: loads the demo company into the stack that is already running on the
 * default ports, with an admin token of its development issuer. Loading again changes nothing.
 */
final class DemoCommand {

    static final String USAGE = """
            Usage: ./run-stack demo [--data-dir=DIR]
              Loads the demo company (KPIs, targets, 16 months of measurements, objectives) into the running
              stack through its API, runs an evaluation and prints the scorecard. Loading again changes nothing.
              --data-dir=DIR   the running stack's data directory (default: .stack-data), where the demo's
                               ingest key is kept so that a second load reuses it""";

    private DemoCommand() {
    }

    static void main(String[] args) throws Exception {
        Path dataDir = Path.of(".stack-data");
        for (String arg : args) {
            if (arg.equals("--help")) {
                System.out.println(USAGE);
                return;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                System.err.println("Unknown option " + arg + "\n" + USAGE);
                System.exit(2);
            }
        }
        String token = TokenCommand.mint(Map.of("subject", "demo-loader", "roles", List.of("admin"),
                "teams", List.of(), "expiresInSeconds", 3600));
        System.out.println("Loading the demo company through the API...");
        try {
            System.out.println(load(token, new StackOptions(Path.of(""), dataDir.toAbsolutePath().normalize(), false, 0)
                    .demoIngestKeyFile()).summary());
        } catch (IllegalStateException e) {
            System.err.println("Loading the demo company failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads the demo into the services at their default ports. */
    static DemoLoader.Result load(String adminToken, Path ingestKeyFile) {
        List<ServiceDefinition> services = ServiceDefinition.ALL;
        return DemoLoader.load(URI.create(services.get(0).baseUrl()), URI.create(services.get(1).baseUrl()),
                URI.create(services.get(2).baseUrl()), adminToken, ingestKeyFile);
    }
}
