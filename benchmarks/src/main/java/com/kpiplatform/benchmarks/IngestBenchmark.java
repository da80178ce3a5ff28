package com.kpiplatform.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.stack.PackagedStack;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/**
 * The measurement-service's ingest and read benchmark: the service against the database's own
 * baselines, on the same PostgreSQL and the same table shape, in one run. See bench/ingest.sh.
 */
public final class IngestBenchmark {

    private static final int BATCH = 10_000;
    private static final int SINGLE_CONNECTIONS = 64;
    /** Single POSTs before the measured runs, so that the JIT has compiled the paths they compare. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Settings settings;
    private final StringBuilder report = new StringBuilder();
    private final AtomicLong singleSequence = new AtomicLong();
    private PackagedStack stack;
    private String adminToken;

    record Settings(int clients, long initial, long total, Duration singleDuration, Path root) {

        static Settings parse(String[] args) {
            int clients = 2;
            long initial = 1_000_000;
            long total = 10_000_000;
            Duration single = Duration.ofSeconds(30);
            for (String arg : args) {
                String value = arg.substring(arg.indexOf('=') + 1);
                if (arg.startsWith("--clients=")) {
                    clients = Integer.parseInt(value);
                } else if (arg.startsWith("--initial=")) {
                    initial = Long.parseLong(value);
                } else if (arg.startsWith("--total=")) {
                    total = Long.parseLong(value);
                } else if (arg.startsWith("--single-seconds=")) {
                    single = Duration.ofSeconds(Long.parseLong(value));
                } else {
                    throw new IllegalArgumentException("Unknown option " + arg
                            + "; options: --clients=2 --initial=1000000 --total=10000000 --single-seconds=30");
                }
            }
            return new Settings(clients, initial, total, single, Path.of("").toAbsolutePath());
        }
    }

    private IngestBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new IngestBenchmark(Settings.parse(args)).run();
    }

    private void run() throws Exception {
        Path dataDir = settings.root().resolve("benchmarks/target/bench-data");
        line("# measurement-service benchmark, " + Instant.now());
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "") + " kB memory; ")
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        line("PostgreSQL: embedded 17 (fsync on, synchronous_commit on), same server for service and baselines.");
        line("measurement-service JVM: -Xmx256m. Batch clients: " + settings.clients() + ".");
        List<String> measurementJvm = new ArrayList<>(List.of("-Xmx256m"));
        String extra = System.getenv("BENCH_MEASUREMENT_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            measurementJvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        try (PackagedStack started = BenchStack.start(settings.root(), dataDir, 25432,
                List.of(BenchStack.KPI_DEFINITION, BenchStack.MEASUREMENT),
                List.of(List.of("-Xmx256m"), measurementJvm))) {
            stack = started;
            adminToken = stack.token("admin");
            createKpis();
            batchIngest();
            singleWrites();
            fill();
            reads();
            line("");
            line("Peak RSS of measurement-service: " + peakRssMegabytes(stack.process(1)) + " MB (VmHWM).");
        }
        Path out = settings.root().resolve("benchmarks/target/ingest-benchmark.md");
        Files.writeString(out, report);
        System.out.println("\nReport written to " + out);
    }

    private void createKpis() throws Exception {
        long start = System.nanoTime();
        parallel(8, BenchData.KPIS, i -> post(BenchStack.KPI_DEFINITION, "/api/v1/kpis", "application/json", """
                {"key":"bench.kpi-%d","name":"Benchmark KPI %d","unit":"USD","category":"SALES","level":"TEAM",
                 "owner":{"team":"bench"},"indicatorType":"LAGGING","direction":"HIGHER_IS_BETTER","aggregation":"SUM",
                 "period":"MONTHLY","timeZone":"Europe/Berlin","defaultTarget":100}""".formatted(i, i).getBytes(), 201));
        line("Created " + BenchData.KPIS + " KPIs in " + seconds(start) + " s.");
    }

    /** 1M measurements in batches of 10,000 over HTTP, then the same rows by raw COPY. */
    private void batchIngest() throws Exception {
        int batches = (int) (settings.initial() / BATCH);
        byte[][] bodies = new byte[batches][];
        for (int b = 0; b < batches; b++) {
            bodies[b] = BenchData.jsonArray((long) b * BATCH, (long) (b + 1) * BATCH);
        }
        SqlProfile sql = new SqlProfile(stack.jdbcUrl(BenchStack.MEASUREMENT));
        sql.reset();
        long start = System.nanoTime();
        parallel(settings.clients(), batches, b -> post(BenchStack.MEASUREMENT, "/api/v1/measurements/batch",
                "application/json", bodies[(int) b], 200));
        double service = settings.initial() / seconds(start);
        List<String> batchSql = sql.top(settings.initial(), 6);
        String[] copies = new String[batches];
        for (int b = 0; b < batches; b++) {
            copies[b] = BenchData.copyText((long) b * BATCH, (long) (b + 1) * BATCH, b);
            bodies[b] = null;
        }

        String url = stack.jdbcUrl(BenchStack.MEASUREMENT);
        execute(url, "CREATE TABLE copy_baseline (LIKE measurement INCLUDING ALL)");
        start = System.nanoTime();
        parallel(settings.clients(), batches, b -> {
            try (Connection connection = connect(url)) {
                connection.setAutoCommit(false);
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY copy_baseline (kpi_key, ts, dimensions, value, batch_id) FROM STDIN",
                        new StringReader(copies[(int) b]));
                connection.commit();
            }
        });
        double copy = settings.initial() / seconds(start);
        execute(url, "DROP TABLE copy_baseline");
        line("");
        line("## Batch ingest: " + settings.initial() + " measurements, " + BATCH + " per request, "
                + settings.clients() + " concurrent clients");
        line("| path | measurements/s |");
        line("| --- | --- |");
        line("| HTTP `POST /api/v1/measurements/batch` (JSON) | " + round(service) + " |");
        line("| raw `COPY` through pgjdbc's CopyManager (" + settings.clients() + " connections) | " + round(copy) + " |");
        line("| **ratio** | **" + String.format(Locale.ROOT, "%.2f", service / copy) + "** |");
        sqlTable("the HTTP batches (" + settings.initial() + " acknowledged)", batchSql);
    }

    /** The statements that cost the most in a phase, per acknowledged measurement (pg_stat_statements). */
    private void sqlTable(String phase, List<String> rows) {
        line("");
        line("SQL per acknowledged measurement in " + phase + " (pg_stat_statements, top by time):");
        line("");
        line("| statement | calls | µs per measurement | mean ms per call |");
        line("| --- | --- | --- | --- |");
        rows.forEach(this::line);
    }

    /** What single-measurement POSTs achieved with one kind of credential. */
    private record SingleRun(double perSecond, Latencies latencies, long failures) {
    }

    /**
     * Single-measurement POSTs from 64 connections with a person's bearer token and with an API key
     * (the integrations' way, checked and rate-limited per request), alternated twice after a
     * warm-up so that neither gains from running later; then one-row-per-transaction inserts from
     * 64 threads.
     */
    private void singleWrites() throws Exception {
        String token = "Authorization: Bearer " + adminToken;
        String key = "X-API-Key: " + apiKey();
        singlePosts(key, WARM_UP);
        List<SingleRun> withToken = new ArrayList<>();
        List<SingleRun> withKey = new ArrayList<>();
        SqlProfile sql = new SqlProfile(stack.jdbcUrl(BenchStack.MEASUREMENT));
        for (int round = 0; round < 2; round++) {
            withToken.add(singlePosts(token, settings.singleDuration()));
            sql.reset();
            withKey.add(singlePosts(key, settings.singleDuration()));
        }
        List<String> singleSql = sql.top(withKey.get(1).latencies().count(), 8);

        String url = stack.jdbcUrl(BenchStack.MEASUREMENT);
        execute(url, "CREATE TABLE single_baseline (LIKE measurement INCLUDING ALL)");
        AtomicLong rows = new AtomicLong();
        long baselineDeadline = System.nanoTime() + settings.singleDuration().toNanos();
        long start = System.nanoTime();
        parallel(SINGLE_CONNECTIONS, SINGLE_CONNECTIONS, t -> {
            try (Connection connection = connect(url); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO single_baseline (kpi_key, ts, dimensions, value, batch_id) VALUES (?, ?, '{}', ?, 1)")) {
                while (System.nanoTime() < baselineDeadline) {
                    long i = rows.getAndIncrement();
                    insert.setString(1, BenchData.kpiKey(i));
                    insert.setTimestamp(2, Timestamp.from(singleTimestamp(i)));
                    insert.setBigDecimal(3, new java.math.BigDecimal(BenchData.value(i)));
                    insert.executeUpdate();
                }
            }
        });
        double baseline = rows.get() / seconds(start);
        execute(url, "DROP TABLE single_baseline");
        line("");
        line("## Single measurements: " + SINGLE_CONNECTIONS + " concurrent connections, "
                + settings.singleDuration().toSeconds() + " s each");
        line("| path | per second | p50 ms | p99 ms |");
        line("| --- | --- | --- | --- |");
        for (int round = 0; round < withToken.size(); round++) {
            singleRow("HTTP `POST /api/v1/measurements` (group commit), bearer token, run " + (round + 1), withToken.get(round));
            singleRow("HTTP `POST /api/v1/measurements` (group commit), API key, run " + (round + 1), withKey.get(round));
        }
        line("| JDBC `INSERT`, one row per transaction | " + round(baseline) + " | | |");
        double keyRate = mean(withKey);
        line("| **ratio** (API key, mean / JDBC) | **" + String.format(Locale.ROOT, "%.2f", keyRate / baseline) + "** | | |");
        line("");
        line("API key / bearer token, means of the runs: " + String.format(Locale.ROOT, "%.3f", keyRate / mean(withToken))
                + ". Failed requests: " + Stream.concat(withToken.stream(), withKey.stream()).mapToLong(SingleRun::failures)
                .sum() + ".");
        sqlTable("the last API-key run of single POSTs (" + withKey.get(1).latencies().count() + " acknowledged)", singleSql);
    }

    private static double mean(List<SingleRun> runs) {
        return runs.stream().mapToDouble(SingleRun::perSecond).average().orElse(0);
    }

    private SingleRun singlePosts(String credentialHeader, Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        AtomicLong failures = new AtomicLong();
        parallel(SINGLE_CONNECTIONS, SINGLE_CONNECTIONS, t -> {
            try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", BenchStack.MEASUREMENT.port(),
                    credentialHeader)) {
                while (System.nanoTime() < deadline) {
                    long i = singleSequence.getAndIncrement();
                    long sent = System.nanoTime();
                    if (client.post("/api/v1/measurements", singleJson(i)) == 200) {
                        latencies.record(sent);
                    } else {
                        failures.incrementAndGet();
                    }
                }
            }
        });
        return new SingleRun(latencies.count() / seconds(start), latencies, failures.get());
    }

    private void singleRow(String path, SingleRun run) {
        line("| " + path + " | " + round(run.perSecond()) + " | " + millis(run.latencies().percentileMillis(50)) + " | "
                + millis(run.latencies().percentileMillis(99)) + " |");
    }

    /** A write key for the benchmark, with a rate limit far above what one machine can send. */
    private String apiKey() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(BenchStack.MEASUREMENT.baseUrl()
                        + "/api/v1/api-keys")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"scopes\":[\"measurements:write\"],"
                        + "\"requestsPerSecond\":100000}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating the API key answered " + created.statusCode() + ": " + created.body());
        }
        return JSON.readTree(created.body()).get("secret").asText();
    }

    /** Stores the rest of the measurements, up to the total, for the read benchmark. */
    private void fill() throws Exception {
        long batches = (settings.total() - settings.initial()) / BATCH;
        long first = settings.initial() / BATCH;
        long start = System.nanoTime();
        parallel(settings.clients(), batches, b -> post(BenchStack.MEASUREMENT, "/api/v1/measurements/batch",
                "application/json", BenchData.jsonArray((first + b) * BATCH, (first + b + 1) * BATCH), 200));
        line("");
        line("Stored " + (batches * BATCH) + " more measurements (" + round(batches * BATCH / seconds(start))
                + "/s), " + settings.total() + " in all, spanning " + BenchData.START + " to "
                + BenchData.timestamp(settings.total() - 1) + ".");
    }

    /** p50/p99 of the two read paths on the full data set. */
    private void reads() throws Exception {
        Random random = new Random(42);
        Latencies series = measure(500, 4, () -> {
            String key = BenchData.kpiKey(random.nextInt(BenchData.KPIS));
            return get(BenchStack.MEASUREMENT, "/api/v1/kpis/" + key
                    + "/series?granularity=DAY&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        });
        StringBuilder query = new StringBuilder("{\"items\":[");
        for (int k = 0; k < BenchData.KPIS; k++) {
            query.append(k == 0 ? "" : ",").append("{\"kpiKey\":\"bench.kpi-").append(k).append("\",\"period\":\"2025-06\"}");
        }
        byte[] body = query.append("]}").toString().getBytes();
        Latencies actuals = measure(200, 1, () -> post(BenchStack.MEASUREMENT, "/api/v1/actuals/query", "application/json",
                body, 200));
        line("");
        line("## Reads with " + settings.total() + " stored measurements");
        line("| request | requests | p50 ms | p99 ms |");
        line("| --- | --- | --- | --- |");
        line("| `GET /api/v1/kpis/{key}/series?granularity=DAY`, one year, random KPI, 4 clients | " + series.count() + " | "
                + millis(series.percentileMillis(50)) + " | " + millis(series.percentileMillis(99)) + " |");
        line("| `POST /api/v1/actuals/query`, 1,000 KPIs, one month | " + actuals.count() + " | "
                + millis(actuals.percentileMillis(50)) + " | " + millis(actuals.percentileMillis(99)) + " |");
    }

    private interface Request {
        int send() throws Exception;
    }

    private Latencies measure(int requests, int clients, Request request) throws Exception {
        for (int i = 0; i < 20; i++) {
            request.send();
        }
        Latencies latencies = new Latencies();
        parallel(clients, requests, i -> {
            long sent = System.nanoTime();
            if (request.send() != 200) {
                throw new IllegalStateException("read failed");
            }
            latencies.record(sent);
        });
        return latencies;
    }

    private interface Task {
        void run(long index) throws Exception;
    }

    /** Runs tasks 0..count-1 on a pool of threads and fails if any fails. */
    private static void parallel(int threads, long count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong next = new AtomicLong();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends a POST; with a non-zero expected status, anything else fails the benchmark. */
    private int post(com.kpiplatform.stack.ServiceDefinition service, String path, String type, byte[] body,
            int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Content-Type", type).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (expected != 0 && response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }

    private int get(com.kpiplatform.stack.ServiceDefinition service, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + adminToken).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Single writes get timestamps of their own, one second apart, before the batch data. */
    private static Instant singleTimestamp(long i) {
        return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i);
    }

    private static byte[] singleJson(long i) {
        return ("{\"kpiKey\":\"" + BenchData.kpiKey(i) + "\",\"timestamp\":\"" + singleTimestamp(i) + "\",\"value\":"
                + BenchData.value(i) + "}").getBytes();
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, "measurement", "measurement");
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long peakRssMegabytes(ProcessHandle process) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
