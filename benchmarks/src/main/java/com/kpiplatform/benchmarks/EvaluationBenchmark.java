package com.kpiplatform.benchmarks;

import com.kpiplatform.stack.PackagedStack;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerting-service benchmark: one evaluation cycle over many active KPIs (default 10,000) and
 * key results, with its neighbours served by {@link FakeNeighbours} over HTTP and its own
 * embedded PostgreSQL. Measures the first cycle (which also loads 12 periods of history per KPI)
 * and then steady-state cycles; writes {@code benchmarks/target/evaluation-benchmark.md}.
 * Usage: {@code EvaluationBenchmark [--kpis=10000] [--objectives=200] [--cycles=5]}.
 */
public final class EvaluationBenchmark {

    private static final Pattern DURATION = Pattern.compile("\"durationMs\":(\\d+)");
    private static final Pattern EVALUATED = Pattern.compile("\"kpisEvaluated\":(\\d+)");

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kpis = option(args, "kpis", 10_000);
        int objectives = option(args, "objectives", 200);
        int cycles = option(args, "cycles", 5);
        Path root = Path.of("").toAbsolutePath();
        StringBuilder report = new StringBuilder();
        line(report, "# alerting-service evaluation benchmark, " + Instant.now());
        line(report, "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "") + " kB memory; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        line(report, "Active KPIs: " + kpis + "; objectives: " + objectives + " with 3 key results each; neighbours: "
                + "fakes over HTTP on 127.0.0.1; alerting-service JVM -Xmx512m; embedded PostgreSQL 17, fsync on.");
        line(report, "");
        line(report, "| cycle | server duration ms | wall time ms | KPIs evaluated |");
        line(report, "| --- | --- | --- | --- |");
        try (FakeNeighbours neighbours = new FakeNeighbours(kpis, objectives, BenchStack.KPI_DEFINITION.port(),
                BenchStack.MEASUREMENT.port());
                PackagedStack stack = BenchStack.start(root, root.resolve("benchmarks/target/evaluation-data"), 25433,
                        List.of(BenchStack.ALERTING), List.of(List.of("-Xmx512m")))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String adminToken = stack.token("admin");
            List<Long> steady = new ArrayList<>();
            for (int cycle = 0; cycle <= cycles; cycle++) {
                long started = System.nanoTime();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create(BenchStack.ALERTING.baseUrl() + "/api/v1/evaluations/run"))
                        .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long wall = (System.nanoTime() - started) / 1_000_000;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Cycle failed: " + response.statusCode() + " " + response.body());
                }
                long server = group(DURATION, response.body());
                line(report, "| " + (cycle == 0 ? "first (loads history)" : Integer.toString(cycle)) + " | " + server
                        + " | " + wall + " | " + group(EVALUATED, response.body()) + " |");
                if (cycle > 0) {
                    steady.add(wall);
                }
            }
            List<Long> warm = new ArrayList<>(steady.subList(steady.size() / 2, steady.size()));
            steady.sort(Long::compare);
            warm.sort(Long::compare);
            line(report, "");
            line(report, "Cycles after the first, wall time: median " + steady.get(steady.size() / 2) + " ms, worst "
                    + steady.get(steady.size() - 1) + " ms; warm (the last half of them): median "
                    + warm.get(warm.size() / 2) + " ms.");
        }
        Path out = root.resolve("benchmarks/target/evaluation-benchmark.md");
        Files.writeString(out, report);
        System.out.println("\nWritten to " + out);
    }

    private static long group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static int option(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    private static void line(StringBuilder report, String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
