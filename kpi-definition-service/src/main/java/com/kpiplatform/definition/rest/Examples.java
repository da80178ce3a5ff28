package com.kpiplatform.definition.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    /** The definition of sales.mrr as a client writes it and as the API answers it, up to where the two part. */
    private static final String KPI_DEFINITION = """
            {
              "key": "sales.mrr",
              "name": "Monthly recurring revenue",
              "description": "Sum of all active subscriptions' monthly fees.",
              "unit": "USD",
              "category": "SALES",
              "level": "COMPANY",
              "owner": {"team": "sales", "name": "Ana Lima", "email": "ana.lima@example.com"},
              "tags": ["north-star", "finance"],
              "indicatorType": "LAGGING",
              "direction": "HIGHER_IS_BETTER",
              "aggregation": "LAST",
              "period": "MONTHLY",
              "timeZone": "Europe/Berlin",
              "defaultTarget": 120000,
              "baseline": 95000,
              "thresholds": {"amberTolerancePercent": 10},
            """;

    static final String KPI_REQUEST = KPI_DEFINITION + """
              "staleAfter": "P2D",
              "reviewEvery": "QUARTERLY"
            }""";

    static final String CALCULATED_KPI_REQUEST = """
            {
              "key": "marketing.roi",
              "name": "Marketing ROI",
              "unit": "ratio",
              "category": "MARKETING",
              "level": "COMPANY",
              "owner": {"team": "marketing", "email": "cmo@example.com"},
              "indicatorType": "LAGGING",
              "direction": "HIGHER_IS_BETTER",
              "aggregation": "LAST",
              "period": "MONTHLY",
              "timeZone": "Europe/Berlin",
              "defaultTarget": 3,
              "formula": "([sales.revenue] - [marketing.spend]) / [marketing.spend]"
            }""";

    static final String KPI_RESPONSE = KPI_DEFINITION + """
              "formulaDependencies": [],
              "staleAfter": "PT48H",
              "reviewEvery": "QUARTERLY",
              "status": "ACTIVE",
              "version": 0,
              "createdAt": "2026-11-21T09:30:00Z",
              "createdBy": {"subject": "7c1d5f0e", "name": "ana.lima"},
              "updatedAt": "2026-11-21T09:30:00Z",
              "updatedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}
            }""";

    static final String TARGET_REQUEST = """
            {"target": 120000, "stretch": 150000}""";

    static final String PERIOD_TARGET = """
            {"period": "2026-11", "target": 120000, "stretch": 150000,
             "updatedAt": "2026-11-21T09:30:00Z", "updatedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}}""";

    static final String BULK_TARGETS_REQUEST = """
            {"targets": [
              {"period": "2027-01", "target": 125000},
              {"period": "2027-02", "target": 128000},
              {"period": "2027-03", "target": 131000, "stretch": 140000}
            ]}""";

    static final String EFFECTIVE_TARGET = """
            {
              "kpiKey": "sales.mrr",
              "at": "2026-11-21T09:30:00Z",
              "timeZone": "Europe/Berlin",
              "period": {"key": "2026-11", "start": "2026-10-31T23:00:00Z", "end": "2026-11-30T23:00:00Z"},
              "target": 120000,
              "stretch": 150000,
              "source": "EXPLICIT"
            }""";

    static final String REVIEW_REQUEST = """
            {"note": "Still the right measure; raised Q1 targets by 5 %."}""";

    static final String REVIEW = """
            {"id": 51, "kpiKey": "sales.mrr", "reviewedAt": "2026-11-20T15:00:00Z",
             "reviewedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}, "note": "Still the right measure; raised Q1 targets by 5 %."}""";

    static final String HEALTH_REPORT = """
            {
              "at": "2026-11-21T09:30:00Z",
              "kpisChecked": 42,
              "findingsByCode": {"NO_CURRENT_TARGET": 1, "TOO_MANY_KPIS": 1},
              "kpis": [{"key": "support.csat", "name": "Customer satisfaction", "ownerTeam": "support", "level": "TEAM",
                "findings": [{"code": "NO_CURRENT_TARGET", "severity": "CRITICAL",
                  "message": "No target for the current period 2026-11 and no default target: the KPI is not time-bound, so nobody can tell whether it is on track."}]}],
              "teams": [{"team": "sales", "activeKpis": 14, "findings": [{"code": "TOO_MANY_KPIS", "severity": "WARNING",
                "message": "Team sales owns 14 active KPIs, more than the 10 a team can keep in focus; archive or merge some."}]}]
            }""";

    static final String LOOKUP_REQUEST = """
            {"keys": ["sales.mrr", "marketing.roi", "sales.typo"]}""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "urn:kpi-platform:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "2 fields are invalid.",
              "instance": "/api/v1/kpis",
              "requestId": "4b8f6c3e-8a4e-4c1e-9d43-1f0e2b7a5c11",
              "errors": [
                {"field": "timeZone", "message": "must be a known IANA time zone such as Europe/Berlin or America/New_York"},
                {"field": "formula", "message": "would create a dependency cycle: marketing.roi → sales.revenue → marketing.roi"}
              ]
            }""";

    private Examples() {
    }
}
