package com.kpiplatform.measurement.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String MEASUREMENT = """
            {"kpiKey": "sales.mrr", "timestamp": "2026-11-21T09:00:00Z", "value": 118250.5, "dimensions": {"region": "eu"}}""";

    static final String BATCH = """
            [
              {"kpiKey": "sales.mrr", "timestamp": "2026-11-21T09:00:00Z", "value": 118250.5, "dimensions": {"region": "eu"}},
              {"kpiKey": "sales.mrr", "timestamp": "2026-11-21T09:00:00Z", "value": 64100, "dimensions": {"region": "us"}},
              {"kpiKey": "support.first-response-time", "timestamp": "2026-11-21T09:05:00+01:00", "value": 1840}
            ]""";

    static final String NDJSON = """
            {"kpiKey": "sales.mrr", "timestamp": "2026-11-20T00:00:00Z", "value": 117800}
            {"kpiKey": "sales.mrr", "timestamp": "2026-11-21T00:00:00Z", "value": 118250.5}
            """;

    static final String CSV = """
            kpiKey,timestamp,value,dim.region
            sales.mrr,2026-11-21T09:00:00Z,118250.5,eu
            sales.mrr,2026-11-21T09:00:00Z,64100,us
            """;

    static final String INGEST_RESULT = """
            {"received": 3, "stored": 3}""";

    static final String BATCH_PROBLEM = """
            {
              "type": "urn:kpi-platform:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "2 of 3 measurements are invalid; nothing was stored.",
              "instance": "/api/v1/measurements/batch",
              "requestId": "4b8f6c3e-8a4e-4c1e-9d43-1f0e2b7a5c11",
              "errors": [
                {"field": "[0].timestamp", "message": "must be an ISO-8601 timestamp with an offset, e.g. 2026-11-21T09:30:00Z"},
                {"field": "[2].kpiKey", "message": "no KPI with key 'sales.typo'"}
              ]
            }""";

    static final String ACTUAL = """
            {
              "kpiKey": "sales.mrr",
              "period": {"key": "2026-11", "start": "2026-10-31T23:00:00Z", "end": "2026-11-30T23:00:00Z"},
              "dimensions": {},
              "aggregation": "LAST",
              "value": 118250.5,
              "count": 21,
              "firstMeasurementAt": "2026-11-01T00:00:00Z",
              "lastMeasurementAt": "2026-11-21T09:00:00Z",
              "calculated": false
            }""";

    static final String ACTUALS_QUERY = """
            {"items": [
              {"kpiKey": "sales.mrr", "period": "2026-11"},
              {"kpiKey": "sales.mrr", "period": "2026-11", "dimensions": {"region": "eu"}},
              {"kpiKey": "marketing.roi", "period": "2026-11"}
            ]}""";

    static final String SERIES = """
            {
              "kpiKey": "support.tickets", "granularity": "DAY", "aggregation": "SUM", "timeZone": "Europe/Berlin",
              "unit": "count", "dimensions": {},
              "buckets": [
                {"period": {"key": "2026-10-25", "start": "2026-10-24T22:00:00Z", "end": "2026-10-25T23:00:00Z"}, "value": 41, "count": 41},
                {"period": {"key": "2026-10-26", "start": "2026-10-25T23:00:00Z", "end": "2026-10-26T23:00:00Z"}, "value": 0, "count": 0}
              ]
            }""";

    private Examples() {
    }
}
