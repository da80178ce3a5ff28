package com.kpiplatform.measurement.domain;

import java.time.Duration;

/**
 * How far measurements may go: dimension counts and lengths, and how far in the future a timestamp
 * may lie (integrations' clocks drift).
 */
public record MeasurementLimits(int maxDimensions, int maxDimensionKeyLength, int maxDimensionValueLength,
        Duration maxFutureSkew) {
}
