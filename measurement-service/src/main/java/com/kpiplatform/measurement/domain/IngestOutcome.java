package com.kpiplatform.measurement.domain;

/**
 * What a write did.
 *
 * @param received the measurements the request held
 * @param stored the measurements stored: one per natural key, so a key repeated in a request counts once
 */
public record IngestOutcome(long received, long stored) {

    public static final IngestOutcome NOTHING = new IngestOutcome(0, 0);
    public static final IngestOutcome ONE = new IngestOutcome(1, 1);
}
