package com.kpiplatform.definition.rest;

/** Request and response examples of the objectives part of the OpenAPI document. */
final class OkrExamples {

    static final String OBJECTIVE_REQUEST = """
            {
              "title": "Become the default choice for mid-size retailers",
              "description": "Win the segment before the competition's spring release.",
              "period": "2026-Q4",
              "timeZone": "Europe/Berlin",
              "level": "TEAM",
              "owner": {"team": "sales", "name": "Ana Lima", "email": "ana.lima@example.com"},
              "parentId": 100
            }""";

    static final String OBJECTIVE = """
            {
              "id": 101,
              "title": "Become the default choice for mid-size retailers",
              "description": "Win the segment before the competition's spring release.",
              "period": "2026-Q4",
              "timeZone": "Europe/Berlin",
              "periodStart": "2026-09-30T22:00:00Z",
              "periodEnd": "2026-12-31T23:00:00Z",
              "closed": false,
              "level": "TEAM",
              "owner": {"team": "sales", "name": "Ana Lima", "email": "ana.lima@example.com"},
              "parentId": 100,
              "state": "ACTIVE",
              "progress": 0.4667,
              "expectedProgress": 0.5761,
              "status": "AT_RISK",
              "stale": false,
              "keyResults": [
                {"id": 201, "objectiveId": 101, "title": "Cut monthly churn from 8 % to 5 %", "start": 8, "target": 5,
                 "unit": "%", "weight": 2, "kpiKey": "sales.churn-rate", "source": "KPI", "current": 6.8,
                 "currentAsOf": "2026-11-21T09:00:00Z", "progress": 0.4, "status": "AT_RISK", "stale": false,
                 "frozen": false, "version": 0,
                 "createdAt": "2026-09-28T10:05:00Z", "createdBy": {"subject": "7c1d5f0e", "name": "ana.lima"},
                 "updatedAt": "2026-09-28T10:05:00Z", "updatedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}},
                {"id": 202, "objectiveId": 101, "title": "Sign 30 new retail customers", "start": 0, "target": 30,
                 "unit": "customers", "weight": 1, "source": "CHECK_IN", "current": 18,
                 "currentAsOf": "2026-11-20T15:00:00Z", "confidence": 8, "progress": 0.6, "status": "ON_TRACK",
                 "stale": false, "frozen": false, "version": 0,
                 "createdAt": "2026-09-28T10:05:00Z", "createdBy": {"subject": "7c1d5f0e", "name": "ana.lima"},
                 "updatedAt": "2026-09-28T10:05:00Z", "updatedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}}
              ],
              "version": 3,
              "createdAt": "2026-09-28T10:00:00Z",
              "createdBy": {"subject": "7c1d5f0e", "name": "ana.lima"},
              "updatedAt": "2026-10-02T08:30:00Z",
              "updatedBy": {"subject": "7c1d5f0e", "name": "ana.lima"}
            }""";

    static final String KEY_RESULT_REQUEST = """
            {
              "title": "Cut monthly churn from 8 % to 5 %",
              "start": 8,
              "target": 5,
              "unit": "%",
              "weight": 2,
              "kpiKey": "sales.churn-rate"
            }""";

    static final String CHECK_IN_REQUEST = """
            {"value": 18, "confidence": 8, "note": "Two big deals closed this week."}""";

    static final String CYCLE_PROBLEM = """
            {
              "type": "urn:kpi-platform:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "parentId: would make an alignment cycle: 100 → 101 → 100 (each aligned to the next)",
              "instance": "/api/v1/objectives/100",
              "requestId": "4b8f6c3e-8a4e-4c1e-9d43-1f0e2b7a5c11",
              "errors": [{"field": "parentId", "message": "would make an alignment cycle: 100 → 101 → 100 (each aligned to the next)"}]
            }""";

    private OkrExamples() {
    }
}
