package com.kpiplatform.definition.domain;

/** How urgently a health finding wants attention. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
