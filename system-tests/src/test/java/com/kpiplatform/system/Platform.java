package com.kpiplatform.system;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.kpiplatform.stack.PackagedStack;
import com.kpiplatform.stack.ServiceDefinition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform under test: the three packaged services as separate processes on free ports against
 * one embedded PostgreSQL, with WireMock standing in for Slack and a webhook receiver, GreenMail as
 * the SMTP server, an OTLP receiver for the services' traces, and the development issuer. Started
 * once for all system tests (see {@link PlatformExtension}).
 */
final class Platform implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final int KPI_DEFINITION = 0;
    static final int MEASUREMENT = 1;
    static final int ALERTING = 2;
    /** The alerting-service's breaker to the measurement-service stays open this long (30 s in production). */
    static final int BREAKER_DELAY_SECONDS = 3;
    /** Three services, PostgreSQL and the tests share 2 cores: C1 alone starts them faster and is fast enough here. */
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    final List<ServiceDefinition> services;
    final WireMockServer receivers;
    final GreenMail smtp;
    final OtlpReceiver traces;
    final PackagedStack stack;
    final long startupMillis;

    private Platform(List<ServiceDefinition> services, WireMockServer receivers, GreenMail smtp, OtlpReceiver traces,
            PackagedStack stack, long startupMillis) {
        this.services = services;
        this.receivers = receivers;
        this.smtp = smtp;
        this.traces = traces;
        this.stack = stack;
        this.startupMillis = startupMillis;
    }

    static Platform start() throws Exception {
        long started = System.nanoTime();
        List<ServiceDefinition> services = List.of(
                new ServiceDefinition("kpi-definition-service", freePort(), "kpi_definition"),
                new ServiceDefinition("measurement-service", freePort(), "measurement"),
                new ServiceDefinition("alerting-service", freePort(), "alerting"));
        for (ServiceDefinition service : services) {
            if (!service.runnableJar(ROOT).toFile().exists()) {
                throw new IllegalStateException(service.name() + " is not packaged; run ./mvnw verify from the top");
            }
        }
        WireMockServer receivers = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receivers.start();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        OtlpReceiver traces = new OtlpReceiver();
        PackagedStack stack;
        try {
            stack = PackagedStack.start(ROOT, ROOT.resolve("system-tests/target/platform"), freePort(), services, services,
                    List.of(JVM, JVM, JVM),
                    service -> environment(service, smtp, traces));
        } catch (Exception e) {
            receivers.stop();
            smtp.stop();
            traces.close();
            throw e;
        }
        long startupMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("The platform started in %d ms: %s%n", startupMillis,
                services.stream().map(s -> s.name() + " " + s.baseUrl()).toList());
        return new Platform(services, receivers, smtp, traces, stack, startupMillis);
    }

    /** What the system tests add to the stack's environment: SMTP, tracing, and no scheduled cycles. */
    private static Map<String, String> environment(ServiceDefinition service, GreenMail smtp, OtlpReceiver traces) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint(),
                "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                // Spans reach the receiver within a second instead of five.
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "500ms"));
        if (service.name().equals("alerting-service")) {
            environment.putAll(Map.of(
                    "SMTP_HOST", "127.0.0.1",
                    "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                    // The tests run every cycle themselves (POST /api/v1/evaluations/run), so each is theirs.
                    "ALERTING_EVALUATION_EVERY", "off",
                    "ALERTING_DIGEST_CRON", "off",
                    "COM_KPIPLATFORM_ALERTING_CLIENT_MEASUREMENTCLIENT_QUERY_CIRCUITBREAKER_DELAY",
                    Integer.toString(BREAKER_DELAY_SECONDS)));
        }
        return environment;
    }

    String url(int service) {
        return services.get(service).baseUrl();
    }

    Path logDir() {
        return stack.logDir();
    }

    String admin() {
        return stack.token("Ada Admin", List.of("admin"), List.of());
    }

    String editor(String... teams) {
        return stack.token("Eddie Editor", List.of("editor"), List.of(teams));
    }

    @Override
    public void close() throws IOException {
        try {
            stack.close();
        } finally {
            receivers.stop();
            smtp.stop();
            traces.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
