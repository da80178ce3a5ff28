package com.kpiplatform.alerting.domain.kpi;

/** Who owns a KPI or objective; any part may be unknown. */
public record Owner(String team, String name, String email) {

    public static final Owner NOBODY = new Owner(null, null, null);
}
