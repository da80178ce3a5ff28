package com.kpiplatform.alerting.domain;

import java.time.Instant;

/** Who did something, and when. */
public record Audit(String by, Instant at) {
}
