// What a dashboard and an integration do, through the typed client: an editor-admin defines a KPI
// and its target, creates an ingest key; the integration posts measurements with the key; an
// evaluation runs; the scorecard shows the KPI with its actual. Exits non-zero at the first step
// that does not answer as the contract says.
//
// Environment: KPI_DEFINITION_URL, MEASUREMENT_URL, ALERTING_URL (base URLs) and KPI_PLATFORM_TOKEN
// (an admin's bearer token, e.g. TOKEN=$(./run-stack token --role admin)).
import { alerting, kpiDefinition, measurement, type PlatformUrls } from "./platform.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function check<T>(step: string, answer: { data?: T; error?: unknown; response: Response }, status: number): NonNullable<T> {
  const data = answer.data;
  if (answer.response.status !== status || data === undefined || data === null) {
    throw new Error(`${step}: expected ${status}, got ${answer.response.status} ${JSON.stringify(answer.error ?? null)}`);
  }
  console.log(`ok  ${step} (${status})`);
  return data;
}

const urls: PlatformUrls = {
  kpiDefinition: env("KPI_DEFINITION_URL"),
  measurement: env("MEASUREMENT_URL"),
  alerting: env("ALERTING_URL"),
};
const admin = { bearer: env("KPI_PLATFORM_TOKEN") };
const suffix = Date.now().toString(36);
const team = `journey-${suffix}`;
const key = `journey.signups-${suffix}`;
const month = new Date().toISOString().slice(0, 7);

const definitions = kpiDefinition(urls, admin);
const kpi = check("createKpi", await definitions.POST("/api/v1/kpis", {
  body: {
    key, name: "Sign-ups (journey)", unit: "count", category: "MARKETING", level: "TEAM",
    owner: { team, name: "Journey", email: "journey@example.com" }, indicatorType: "LEADING",
    direction: "HIGHER_IS_BETTER", aggregation: "SUM", period: "MONTHLY", timeZone: "UTC", defaultTarget: 1000,
  },
}), 201);
if (kpi.key !== key) {
  throw new Error(`createKpi answered key ${kpi.key}`);
}
check("putKpiTarget", await definitions.PUT("/api/v1/kpis/{key}/targets/{period}", {
  params: { path: { key, period: month } }, body: { target: 100 },
}), 201);

const keys = measurement(urls, admin);
const created = check("createApiKey", await keys.POST("/api/v1/api-keys", {
  body: { name: `journey ${suffix}`, scopes: ["measurements:write"], kpiPrefixes: ["journey."] },
}), 201);
if (!created.secret) {
  throw new Error("createApiKey answered no secret");
}

const integration = measurement(urls, { apiKey: created.secret });
const now = Date.now();
const stored = check("ingestMeasurementBatch", await integration.POST("/api/v1/measurements/batch", {
  body: [40, 35, 45].map((value, i) => ({ kpiKey: key, timestamp: new Date(now - (i + 1) * 60_000).toISOString(), value })),
}), 200);
if (stored.stored !== 3) {
  throw new Error(`ingestMeasurementBatch stored ${stored.stored} of 3`);
}

const evaluations = alerting(urls, admin);
const cycle = check("runEvaluation", await evaluations.POST("/api/v1/evaluations/run", {}), 200);
if (cycle.status !== "SUCCEEDED") {
  throw new Error(`runEvaluation: the cycle ${cycle.status}: ${cycle.error}`);
}
const scorecard = check("getScorecard", await evaluations.GET("/api/v1/scorecard", {
  params: { query: { ownerTeam: team } },
}), 200);
const entry = scorecard.items?.find((item) => item.kpiKey === key);
if (!entry || entry.actual !== 120 || entry.target !== 100) {
  throw new Error(`getScorecard: expected ${key} with actual 120 and target 100, got ${JSON.stringify(entry)}`);
}
console.log(`ok  the scorecard shows ${key}: actual ${entry.actual} of ${entry.target}, ${entry.status}`);
