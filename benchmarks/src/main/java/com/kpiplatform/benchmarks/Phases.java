package com.kpiplatform.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The phases of a benchmark as issue 17's memory target judges them: the failed requests of each and
 * the service's peak RSS after it. VmHWM only grows, so the phase that raised the peak stands out.
 */
final class Phases {

    private static final long TARGET_MEGABYTES = 350;

    private final ProcessHandle service;
    private final List<String> rows = new ArrayList<>();
    private long failedRequests;

    Phases(ProcessHandle service) {
        this.service = service;
    }

    /** Ends a phase with these request outcomes; answers its failed requests. */
    long done(String phase, List<Latencies> outcomes) throws IOException {
        long failed = outcomes.stream().mapToLong(Latencies::failures).sum();
        failedRequests += failed;
        long peak = peakRssMegabytes();
        rows.add("| " + phase + " | " + failed + " | " + peak + " |");
        System.out.println("[" + phase + ": " + failed + " failed requests, peak RSS so far " + peak + " MB]");
        return failed;
    }

    /** The report's section: a row per phase, then the totals against the target. */
    List<String> report() throws IOException {
        long peak = peakRssMegabytes();
        List<String> lines = new ArrayList<>(List.of("", "## Memory and failed requests",
                "| phase | failed requests | peak RSS of measurement-service after it, MB (VmHWM) |", "| --- | --- | --- |"));
        lines.addAll(rows);
        lines.add("");
        lines.add("Failed requests: " + failedRequests + ". Peak RSS of measurement-service: " + peak + " MB (VmHWM). "
                + "Target, at most " + TARGET_MEGABYTES + " MB with -Xmx256m and no failed request: "
                + (peak <= TARGET_MEGABYTES && failedRequests == 0 ? "met" : "not met") + ".");
        return lines;
    }

    private long peakRssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }
}
