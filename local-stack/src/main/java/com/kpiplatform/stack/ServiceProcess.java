package com.kpiplatform.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service running as a child process, with its output in a log file. */
public final class ServiceProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceDefinition service;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceDefinition service, Process process, Path log) {
        this.service = service;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(ServiceDefinition service, Path jar, Map<String, String> environment, Path logDir,
            List<String> jvmOptions) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build first (./run-stack without --no-build).");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(service.name() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(service, builder.start(), log);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady() throws InterruptedException {
        URI ready = URI.create(service.baseUrl() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with status " + process.exitValue()
                        + "; last lines of " + log + ":\n" + tail());
            }
            if (isReady(ready)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    ServiceDefinition service() {
        return service;
    }

    Process process() {
        return process;
    }

    public void stop() {
        LeftoverProcesses.stop(process.toHandle());
    }

    private static boolean isReady(URI ready) throws InterruptedException {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
