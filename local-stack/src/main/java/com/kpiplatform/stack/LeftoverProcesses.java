package com.kpiplatform.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cleans up after a launcher that died without stopping its children (kill -9, a crash): service
 * JVMs listed in the pid file and a postmaster still serving the data directory are stopped, and a
 * stale {@code postmaster.pid} is removed, so the next start does not trip over them.
 */
final class LeftoverProcesses {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private LeftoverProcesses() {
    }

    static void stopLeftovers(StackOptions options) throws IOException {
        stopServices(options.servicePidFile());
        stopPostmaster(options.postgresDataDir());
    }

    /** Records the service processes, so that a later start can stop them if this launcher dies. */
    static void recordServices(Path pidFile, List<ProcessHandle> services) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.write(pidFile, services.stream().map(p -> Long.toString(p.pid())).toList());
    }

    static void forgetServices(Path pidFile) throws IOException {
        Files.deleteIfExists(pidFile);
    }

    private static void stopServices(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        for (String line : Files.readAllLines(pidFile)) {
            alive(line).filter(p -> commandContains(p, "quarkus-run.jar")).ifPresent(p -> {
                System.out.println("Stopping a service left over from an earlier run (pid " + p.pid() + ")");
                stop(p);
            });
        }
        Files.delete(pidFile);
    }

    private static void stopPostmaster(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = postmasterOf(dataDir);
        if (postmaster.isPresent()) {
            System.out.println("Stopping a PostgreSQL left over from an earlier run (pid " + postmaster.get().pid() + ")");
            stop(postmaster.get());
        }
        Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
    }

    /** The live postmaster that serves this data directory, if any. */
    static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty()
                : alive(lines.get(0)).filter(p -> commandContains(p, "postgres"));
    }

    /** SIGTERM, then SIGKILL if the process has not ended within the grace period. */
    static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> alive(String pidLine) {
        try {
            return ProcessHandle.of(Long.parseLong(pidLine.trim())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean commandContains(ProcessHandle process, String part) {
        return process.info().commandLine().or(() -> process.info().command())
                .map(command -> command.contains(part))
                .orElse(false);
    }
}
