package com.kpiplatform.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.stack.PackagedStack;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
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
    /** Requests of each read kind: unmeasured before the first reads, and measured after the merge caught up. */
    private static final int READ_WARM_UP = 20;
    private static final int READS_AFTER_MERGE = 500;
    /** How long the merge worker may take to catch up after the fill; the reads after it say if it did not. */
    private static final Duration MERGE_TIMEOUT = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final StringBuilder report = new StringBuilder();
    private final AtomicLong singleSequence = new AtomicLong();
    private PackagedStack stack;
    private MeasurementTables tables;
    private Phases phases;
    private ServiceHttp http;
    private String adminToken;

    record Settings(int clients, int readers, long initial, long total, Duration singleDuration, Path root) {

        static Settings parse(String[] args) {
            int clients = 2;
            int readers = 4;
            long initial = 1_000_000;
            long total = 10_000_000;
            Duration single = Duration.ofSeconds(30);
            for (String arg : args) {
                String value = arg.substring(arg.indexOf('=') + 1);
                if (arg.startsWith("--clients=")) {
                    clients = Integer.parseInt(value);
                } else if (arg.startsWith("--readers=")) {
                    readers = Integer.parseInt(value);
                } else if (arg.startsWith("--initial=")) {
                    initial = Long.parseLong(value);
                } else if (arg.startsWith("--total=")) {
                    total = Long.parseLong(value);
                } else if (arg.startsWith("--single-seconds=")) {
                    single = Duration.ofSeconds(Long.parseLong(value));
                } else {
                    throw new IllegalArgumentException("Unknown option " + arg
                            + "; options: --clients=2 --readers=4 --initial=1000000 --total=10000000 --single-seconds=30");
                }
            }
            return new Settings(clients, readers, initial, total, single, Path.of("").toAbsolutePath());
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
        List<String> measurementJvm = new ArrayList<>(BenchStack.MEASUREMENT_JVM);
        String extra = System.getenv("BENCH_MEASUREMENT_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            measurementJvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        line("measurement-service JVM: " + String.join(" ", measurementJvm) + ". Batch clients: " + settings.clients()
                + ". Readers: " + settings.readers() + ".");
        try (PackagedStack started = BenchStack.start(settings.root(), dataDir, 25432,
                List.of(BenchStack.KPI_DEFINITION, BenchStack.MEASUREMENT),
                List.of(List.of("-Xmx256m"), measurementJvm))) {
            stack = started;
            tables = new MeasurementTables(stack.jdbcUrl(BenchStack.MEASUREMENT));
            phases = new Phases(stack.process(1));
            adminToken = stack.token("admin");
            http = new ServiceHttp(adminToken);
            createKpis();
            batchIngest();
            singleWrites();
            fillAndRead();
            phases.report().forEach(this::line);
        }
        Path out = settings.root().resolve("benchmarks/target/ingest-benchmark.md");
        Files.writeString(out, report);
        System.out.println("\nReport written to " + out);
    }

    private void createKpis() throws Exception {
        long start = System.nanoTime();
        Latencies created = new Latencies();
        Load.parallel(8, BenchData.KPIS, i -> Load.send(created, () -> http.post(BenchStack.KPI_DEFINITION, "/api/v1/kpis", """
                {"key":"bench.kpi-%d","name":"Benchmark KPI %d","unit":"USD","category":"SALES","level":"TEAM",
                 "owner":{"team":"bench"},"indicatorType":"LAGGING","direction":"HIGHER_IS_BETTER","aggregation":"SUM",
                 "period":"MONTHLY","timeZone":"Europe/Berlin","defaultTarget":100}""".formatted(i, i).getBytes())));
        line("Created " + created.count() + " KPIs in " + tenths(seconds(start)) + " s.");
        phases.done("create " + BenchData.KPIS + " KPIs", List.of(created));
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
        Latencies posted = new Latencies();
        Load.parallel(settings.clients(), batches, b -> Load.send(posted, () -> postBatch(bodies[(int) b])));
        long acknowledged = posted.count() * BATCH;
        double service = acknowledged / seconds(start);
        List<String> batchSql = sql.top(acknowledged, 6);
        String[] copies = new String[batches];
        for (int b = 0; b < batches; b++) {
            copies[b] = BenchData.copyText((long) b * BATCH, (long) (b + 1) * BATCH, b);
            bodies[b] = null;
        }

        String shape = tables.createLikeMeasurement("copy_baseline");
        start = System.nanoTime();
        Load.parallel(settings.clients(), batches, b -> {
            try (Connection connection = tables.connect()) {
                connection.setAutoCommit(false);
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY copy_baseline (kpi_key, ts, dimensions, value, batch_id) FROM STDIN",
                        new StringReader(copies[(int) b]));
                connection.commit();
            }
        });
        double copy = settings.initial() / seconds(start);
        tables.execute("DROP TABLE copy_baseline");
        long failed = phases.done("batch ingest and its COPY baseline", List.of(posted));
        line("");
        line("## Batch ingest: " + settings.initial() + " measurements, " + BATCH + " per request, "
                + settings.clients() + " concurrent clients");
        line("| path | measurements/s |");
        line("| --- | --- |");
        line("| HTTP `POST /api/v1/measurements/batch` (JSON) | " + round(service) + " |");
        line("| raw `COPY` through pgjdbc's CopyManager (" + settings.clients() + " connections) | " + round(copy) + " |");
        line("| **ratio** | **" + String.format(Locale.ROOT, "%.2f", service / copy) + "** |");
        line("");
        line(sameShape("copy_baseline", shape) + " Failed requests: " + failed + ".");
        sqlTable("the HTTP batches (" + settings.initial() + " acknowledged)", batchSql);
    }

    /** The statements that cost the most in a phase, per acknowledged measurement (pg_stat_statements). */
    private void sqlTable(String phase, List<String> rows) {
        sqlTable(phase, "measurement", rows);
    }

    /** The statements that cost the most in a phase, per unit of its work (pg_stat_statements). */
    private void sqlTable(String phase, String unit, List<String> rows) {
        line("");
        line("SQL per " + unit + " in " + phase + " (pg_stat_statements, top by time):");
        line("");
        line("| statement | calls | µs per " + unit + " | mean ms per call |");
        line("| --- | --- | --- | --- |");
        rows.forEach(this::line);
        line("");
    }

    /** What single-measurement POSTs achieved with one kind of credential. */
    private record SingleRun(double perSecond, Latencies latencies) {
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
        SingleRun warmUp = singlePosts(key, WARM_UP);
        List<SingleRun> withToken = new ArrayList<>();
        List<SingleRun> withKey = new ArrayList<>();
        SqlProfile sql = new SqlProfile(stack.jdbcUrl(BenchStack.MEASUREMENT));
        for (int round = 0; round < 2; round++) {
            withToken.add(singlePosts(token, settings.singleDuration()));
            sql.reset();
            withKey.add(singlePosts(key, settings.singleDuration()));
        }
        List<String> singleSql = sql.top(withKey.get(1).latencies().count(), 8);

        String shape = tables.createLikeMeasurement("single_baseline");
        AtomicLong rows = new AtomicLong();
        long baselineDeadline = System.nanoTime() + settings.singleDuration().toNanos();
        long start = System.nanoTime();
        Load.parallel(SINGLE_CONNECTIONS, SINGLE_CONNECTIONS, t -> {
            try (Connection connection = tables.connect(); PreparedStatement insert = connection.prepareStatement(
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
        tables.execute("DROP TABLE single_baseline");
        long failed = phases.done("single POSTs (warm-up and " + (withToken.size() + withKey.size())
                + " runs) and their JDBC baseline", Stream.of(List.of(warmUp), withToken, withKey).flatMap(List::stream)
                .map(SingleRun::latencies).toList());
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
                + ". " + sameShape("single_baseline", shape) + " Failed requests, warm-up included: " + failed + ".");
        sqlTable("the last API-key run of single POSTs (" + withKey.get(1).latencies().count() + " acknowledged)", singleSql);
    }

    private static double mean(List<SingleRun> runs) {
        return runs.stream().mapToDouble(SingleRun::perSecond).average().orElse(0);
    }

    private SingleRun singlePosts(String credentialHeader, Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        Load.parallel(SINGLE_CONNECTIONS, SINGLE_CONNECTIONS, t -> {
            try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", BenchStack.MEASUREMENT.port(),
                    credentialHeader)) {
                while (System.nanoTime() < deadline) {
                    long i = singleSequence.getAndIncrement();
                    long sent = System.nanoTime();
                    if (client.post("/api/v1/measurements", singleJson(i)) == 200) {
                        latencies.record(sent);
                    } else {
                        latencies.fail();
                    }
                }
            }
        });
        return new SingleRun(latencies.count() / seconds(start), latencies);
    }

    private void singleRow(String path, SingleRun run) {
        line("| " + path + " | " + round(run.perSecond()) + " | " + tenths(run.latencies().percentileMillis(50)) + " | "
                + tenths(run.latencies().percentileMillis(99)) + " |");
    }

    /** A write key for the benchmark, with a rate limit far above what one machine can send. */
    private String apiKey() throws Exception {
        HttpResponse<String> created = http.send(http.post(BenchStack.MEASUREMENT, "/api/v1/api-keys",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"scopes\":[\"measurements:write\"],"
                        + "\"requestsPerSecond\":100000}")), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating the API key answered " + created.statusCode() + ": " + created.body());
        }
        return JSON.readTree(created.body()).get("secret").asText();
    }

    /** A kind of read request, measured during ingest and after the merge caught up. */
    private record ReadKind(String label, Load.Request request) {
    }

    /**
     * Stores the rest of the measurements, up to the total, with reads during the fill; then waits
     * until the merge worker has folded in what the fill left pending, and reads again.
     */
    private void fillAndRead() throws Exception {
        List<ReadKind> kinds = readKinds();
        List<Latencies> during = fillWithReads(kinds);
        String after = awaitMerge();
        List<Latencies> afterMerge = new ArrayList<>();
        SqlProfile sql = new SqlProfile(stack.jdbcUrl(BenchStack.MEASUREMENT));
        List<List<String>> readSql = new ArrayList<>();
        for (ReadKind kind : kinds) {
            sql.reset();
            afterMerge.add(read(kind, i -> i < READS_AFTER_MERGE));
            readSql.add(sql.top(READS_AFTER_MERGE, 4));
        }
        phases.done("reads " + after, afterMerge);
        line("");
        line("## Reads with " + settings.total() + " stored measurements, " + settings.readers() + " concurrent readers");
        line("During ingest: series in the third quarter of the fill, actuals in its last quarter. After the merge: "
                + READS_AFTER_MERGE + " requests each.");
        line("");
        line("| request | when | requests | failed | p50 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (int k = 0; k < kinds.size(); k++) {
            readRow(kinds.get(k).label(), "during ingest", during.get(k));
            readRow(kinds.get(k).label(), after, afterMerge.get(k));
        }
        for (int k = 0; k < kinds.size(); k++) {
            sqlTable(kinds.get(k).label() + ", " + after, "request", readSql.get(k));
        }
    }

    /**
     * Stores the rest of the measurements with the readers at work during the second half of the
     * fill, each kind of read in its own share of it; answers the reads' outcomes, one per kind.
     */
    private List<Latencies> fillWithReads(List<ReadKind> kinds) throws Exception {
        long first = settings.initial() / BATCH;
        long batches = (settings.total() - settings.initial()) / BATCH;
        long half = batches / 2;
        List<Latencies> warmUp = new ArrayList<>();
        for (ReadKind kind : kinds) {
            warmUp.add(read(kind, i -> i < READ_WARM_UP));
        }
        phases.done("read warm-up, " + READ_WARM_UP + " of each kind", warmUp);
        AtomicLong done = new AtomicLong();
        SqlProfile sql = new SqlProfile(stack.jdbcUrl(BenchStack.MEASUREMENT));
        sql.reset();
        long start = System.nanoTime();
        Latencies firstHalf = store(first, first + half, done);
        double firstHalfSeconds = seconds(start);
        List<String> firstHalfSql = sql.top(firstHalf.count() * BATCH, 6);
        phases.done("the fill's first half", List.of(firstHalf));
        List<Latencies> reads = new ArrayList<>();
        Latencies lastHalf;
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<Latencies> secondHalf = background.submit(() -> store(first + half, first + batches, done));
            for (int k = 0; k < kinds.size(); k++) {
                long until = half + (batches - half) * (k + 1) / kinds.size();
                reads.add(read(kinds.get(k), i -> done.get() < until));
            }
            lastHalf = secondHalf.get();
        } finally {
            background.shutdownNow();
        }
        double fillSeconds = seconds(start);
        List<Latencies> outcomes = new ArrayList<>(reads);
        outcomes.add(lastHalf);
        phases.done("the fill's second half, with reads", outcomes);
        long stored = (firstHalf.count() + lastHalf.count()) * BATCH;
        line("");
        line("Stored " + stored + " more measurements in " + tenths(fillSeconds) + " s (" + round(stored / fillSeconds)
                + "/s, readers at work in the second half; " + (firstHalf.failures() + lastHalf.failures())
                + " failed batches), " + settings.total() + " in all, spanning " + BenchData.span(settings.total()) + ".");
        line("Its first half, without readers: " + firstHalf.count() * BATCH + " in " + tenths(firstHalfSeconds) + " s ("
                + round(firstHalf.count() * BATCH / firstHalfSeconds) + "/s).");
        sqlTable("the fill's first half (" + firstHalf.count() * BATCH + " acknowledged)", firstHalfSql);
        return reads;
    }

    /** Waits for the merge worker to catch up, and says how long it took; answers when the next reads run. */
    private String awaitMerge() throws Exception {
        MeasurementTables.Backlog left = tables.backlog();
        long start = System.nanoTime();
        MeasurementTables.Backlog backlog = tables.awaitMerge(MERGE_TIMEOUT);
        String waited = tenths(seconds(start)) + " s";
        phases.done("waiting for the merge worker", List.of());
        line("When the fill ended, " + left + " were pending; " + (backlog.empty() ? "the merge worker caught up in "
                + waited : "after " + waited + ", " + backlog + " were still pending") + ".");
        return backlog.empty() ? "after the merge caught up" : "after " + waited + " of merge, not caught up";
    }

    /** Series of a random KPI over a year of days, and the actuals of all the KPIs for one month. */
    private List<ReadKind> readKinds() {
        StringBuilder query = new StringBuilder("{\"items\":[");
        for (int k = 0; k < BenchData.KPIS; k++) {
            query.append(k == 0 ? "" : ",").append("{\"kpiKey\":\"bench.kpi-").append(k).append("\",\"period\":\"2025-06\"}");
        }
        byte[] body = query.append("]}").toString().getBytes();
        return List.of(
                new ReadKind("`GET /api/v1/kpis/{key}/series?granularity=DAY`, one year, random KPI",
                        () -> http.get(BenchStack.MEASUREMENT, "/api/v1/kpis/"
                                + BenchData.kpiKey(ThreadLocalRandom.current().nextInt(BenchData.KPIS))
                                + "/series?granularity=DAY&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")),
                new ReadKind("`POST /api/v1/actuals/query`, " + BenchData.KPIS + " KPIs, one month",
                        () -> http.post(BenchStack.MEASUREMENT, "/api/v1/actuals/query", body)));
    }

    /** Posts batches [from, to) of the measurements, counting each answered batch in {@code done}. */
    private Latencies store(long from, long to, AtomicLong done) throws Exception {
        Latencies posted = new Latencies();
        Load.parallel(settings.clients(), to - from, b -> {
            Load.send(posted, () -> postBatch(BenchData.jsonArray((from + b) * BATCH, (from + b + 1) * BATCH)));
            done.incrementAndGet();
        });
        return posted;
    }

    /** The readers send the request while {@code more} holds for the number of requests sent so far. */
    private Latencies read(ReadKind kind, LongPredicate more) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong sent = new AtomicLong();
        Load.parallel(settings.readers(), settings.readers(), t -> {
            while (more.test(sent.getAndIncrement())) {
                Load.send(latencies, kind.request());
            }
        });
        return latencies;
    }

    private void readRow(String request, String when, Latencies latencies) {
        line("| " + request + " | " + when + " | " + latencies.count() + " | " + latencies.failures() + " | "
                + tenths(latencies.percentileMillis(50)) + " | " + tenths(latencies.percentileMillis(99)) + " |");
    }

    private static String sameShape(String table, String shape) {
        return "`" + table + "` has the same columns, primary key and partitions as `measurement` (" + shape + ").";
    }

    private int postBatch(byte[] body) throws Exception {
        return http.post(BenchStack.MEASUREMENT, "/api/v1/measurements/batch", body);
    }

    /** Single writes get timestamps of their own, one second apart, before the batch data. */
    private static Instant singleTimestamp(long i) {
        return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i);
    }

    private static byte[] singleJson(long i) {
        return ("{\"kpiKey\":\"" + BenchData.kpiKey(i) + "\",\"timestamp\":\"" + singleTimestamp(i) + "\",\"value\":"
                + BenchData.value(i) + "}").getBytes();
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

    /** Milliseconds or seconds, to a tenth. */
    private static String tenths(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
