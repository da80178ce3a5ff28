package com.kpiplatform.measurement.domain;

/** A rule a field breaks, in words for the client. */
public record Violation(String field, String message) {
}
