package com.kpiplatform.alerting.domain.cycle;

import java.time.Instant;

/**
 * One evaluation cycle as recorded; {@code id} is null until it is stored.
 *
 * @param error why a FAILED cycle failed, in words
 */
public record CycleRecord(Long id, Trigger trigger, CycleStatus status, Instant startedAt, Instant finishedAt,
        CycleCounts counts, String error) {

    public static CycleRecord succeeded(Trigger trigger, Instant startedAt, Instant finishedAt, CycleCounts counts) {
        return new CycleRecord(null, trigger, CycleStatus.SUCCEEDED, startedAt, finishedAt, counts, null);
    }

    public static CycleRecord failed(Trigger trigger, Instant startedAt, Instant finishedAt, String error) {
        return new CycleRecord(null, trigger, CycleStatus.FAILED, startedAt, finishedAt, CycleCounts.NONE, error);
    }

    public Long durationMs() {
        return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}
