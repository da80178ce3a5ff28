package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverProcessesTest {

    @TempDir
    Path dataDir;

    private Process bystander;

    @AfterEach
    void stopBystander() {
        if (bystander != null) {
            bystander.destroyForcibly();
        }
    }

    @Test
    void stopsAServiceLeftByADeadLauncher() throws Exception {
        Process orphan = new ProcessBuilder("sh", "-c", "sleep 60", "quarkus-run.jar").start();
        StackOptions options = options();
        LeftoverProcesses.recordServices(options.servicePidFile(), List.of(orphan.toHandle()));

        LeftoverProcesses.stopLeftovers(options);

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(options.servicePidFile()).doesNotExist();
    }

    @Test
    void neverStopsAnUnrelatedProcessThatReusedAPid() throws Exception {
        bystander = new ProcessBuilder("sleep", "60").start();
        StackOptions options = options();
        LeftoverProcesses.recordServices(options.servicePidFile(), List.of(bystander.toHandle()));
        writePostmasterPid(options, bystander.pid());

        LeftoverProcesses.stopLeftovers(options);

        assertThat(bystander.isAlive()).isTrue();
        assertThat(options.postgresDataDir().resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAStalePostmasterPidFile() throws Exception {
        StackOptions options = options();
        writePostmasterPid(options, Long.MAX_VALUE);

        LeftoverProcesses.stopLeftovers(options);

        assertThat(options.postgresDataDir().resolve("postmaster.pid")).doesNotExist();
    }

    private StackOptions options() {
        return new StackOptions(dataDir, dataDir, false, 15432);
    }

    private static void writePostmasterPid(StackOptions options, long pid) throws Exception {
        Files.createDirectories(options.postgresDataDir());
        Files.writeString(options.postgresDataDir().resolve("postmaster.pid"), pid + "\n/data\n");
    }
}
