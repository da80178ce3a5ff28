package com.kpiplatform.alerting.domain;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;

/** Who did something, and when. */
public record Audit(Actor by, Instant at) {
}
