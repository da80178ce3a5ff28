package com.kpiplatform.definition.domain.okr;

/** A KPI and a period, by their keys: what an actual is read for, and what a linked value is kept for. */
public record KpiPeriod(String kpiKey, String periodKey) {
}
