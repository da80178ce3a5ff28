package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.PackagedStack;
import com.kpiplatform.stack.ServiceDefinition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed TypeScript client under clients/typescript is generated from the committed documents,
 * compiled with {@code tsc --strict}, and its journey script (create a KPI and a target, an ingest
 * key, post measurements with it, run an evaluation, read the scorecard) runs against the three
 * packaged services started as separate processes on free ports.
 */
class TypeScriptClientJourneyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CLIENT = ROOT.resolve("clients/typescript");

    @Test
    void theTypedClientIsGeneratedCompiledAndWalksTheJourneyAgainstThePackagedServices() throws Exception {
        Commands.installDependencies(CLIENT, "openapi-fetch");
        Commands.Result build = Commands.run(CLIENT, List.of("npm", "run", "build"), Map.of(), 300);
        assertThat(build.exitCode()).as("generating and compiling the client failed:%n%s", build.output()).isZero();

        List<ServiceDefinition> services = List.of(
                new ServiceDefinition("kpi-definition-service", freePort(), "kpi_definition"),
                new ServiceDefinition("measurement-service", freePort(), "measurement"),
                new ServiceDefinition("alerting-service", freePort(), "alerting"));
        for (ServiceDefinition service : services) {
            assertThat(service.runnableJar(ROOT)).as("%s is not packaged; run ./mvnw verify from the top", service.name())
                    .exists();
        }
        try (PackagedStack stack = PackagedStack.start(ROOT, ROOT.resolve("contract/target/journey-data"), freePort(),
                services, services, List.of(List.of("-Xmx256m"), List.of("-Xmx256m"), List.of("-Xmx256m")))) {
            Commands.Result journey = Commands.run(CLIENT, List.of("node", "dist/journey.js"), Map.of(
                    "KPI_DEFINITION_URL", services.get(0).baseUrl(),
                    "MEASUREMENT_URL", services.get(1).baseUrl(),
                    "ALERTING_URL", services.get(2).baseUrl(),
                    "KPI_PLATFORM_TOKEN", stack.token("admin")), 120);
            System.out.println(journey.output());
            assertThat(journey.exitCode()).as("the journey failed:%n%s", journey.output()).isZero();
            assertThat(journey.output()).contains("ok  runEvaluation", "the scorecard shows");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
