package com.kpiplatform.stack;

import java.nio.file.Path;
import java.util.List;

/** One of the platform's services as the stack runs it: its module, port and own database. */
public record ServiceDefinition(String name, int port, String database) {

    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("kpi-definition-service", 8081, "kpi_definition"),
            new ServiceDefinition("measurement-service", 8082, "measurement"),
            new ServiceDefinition("alerting-service", 8083, "alerting"));

    public Path runnableJar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
