package com.kpiplatform.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The measurements of the benchmark, the same for the service and the baselines: measurement
 * {@code i} belongs to KPI {@code i % 1000}, has one of four dimension sets and a timestamp that
 * moves every 4000 measurements by 3.5 hours, so that the first 10,000,000 measurements span 2025.
 * Beyond them, timestamps go back from 2025 into earlier years, a year per 10,000,000, as a
 * backfill of history would: every run reads the same year, however much history lies before it.
 */
final class BenchData {

    static final int KPIS = 1000;
    static final String[] DIMENSIONS = {"{}", "{\"region\":\"eu\"}", "{\"region\":\"us\"}", "{\"region\":\"apac\"}"};
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long STEP_SECONDS = 12_600;
    private static final long STEPS_IN_2025 = 10_000_000 / ((long) KPIS * DIMENSIONS.length);

    private BenchData() {
    }

    static String kpiKey(long i) {
        return "bench.kpi-" + (i % KPIS);
    }

    static String dimensions(long i) {
        return DIMENSIONS[(int) ((i / KPIS) % DIMENSIONS.length)];
    }

    static Instant timestamp(long i) {
        long step = i / ((long) KPIS * DIMENSIONS.length);
        return step < STEPS_IN_2025 ? START.plusSeconds(step * STEP_SECONDS)
                : START.minusSeconds((step - STEPS_IN_2025 + 1) * STEP_SECONDS);
    }

    /** The earliest and the latest timestamp of the first {@code total} measurements. */
    static String span(long total) {
        Instant last = timestamp(total - 1);
        return (last.isBefore(START) ? last : START) + " to " + timestamp(Math.min(total, 10_000_000) - 1);
    }

    static String value(long i) {
        return Long.toString(i % 100_000) + "." + (i % 100);
    }

    /** Measurements [from, to) as a JSON array. */
    static byte[] jsonArray(long from, long to) {
        StringBuilder json = new StringBuilder((int) (to - from) * 110).append('[');
        for (long i = from; i < to; i++) {
            if (i > from) {
                json.append(',');
            }
            appendJson(json, i);
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(long i) {
        return appendJson(new StringBuilder(120), i).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Measurements [from, to) in COPY's text format, as the service writes them. */
    static String copyText(long from, long to, long batchId) {
        StringBuilder rows = new StringBuilder((int) (to - from) * 80);
        for (long i = from; i < to; i++) {
            rows.append(kpiKey(i)).append('\t').append(timestamp(i)).append('\t').append(dimensions(i)).append('\t')
                    .append(value(i)).append('\t').append(batchId).append('\n');
        }
        return rows.toString();
    }

    private static StringBuilder appendJson(StringBuilder json, long i) {
        json.append("{\"kpiKey\":\"").append(kpiKey(i)).append("\",\"timestamp\":\"").append(timestamp(i))
                .append("\",\"value\":").append(value(i));
        String dimensions = dimensions(i);
        if (!dimensions.equals("{}")) {
            json.append(",\"dimensions\":").append(dimensions);
        }
        return json.append('}');
    }
}
