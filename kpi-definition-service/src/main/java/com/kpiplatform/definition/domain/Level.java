package com.kpiplatform.definition.domain;

/** Whose performance a KPI measures. */
public enum Level {
    COMPANY, TEAM, INDIVIDUAL
}
