package com.kpiplatform.measurement.domain;

import java.util.Map;

/** One actual asked for by keys: a KPI, a period key in the KPI's period type, a dimension filter (empty for all). */
public record ActualQuery(String kpiKey, String periodKey, Map<String, String> dimensions) {
}
