// Typed clients of the three services, generated from the committed OpenAPI documents
// (npm run generate), with the credential every call needs.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as AlertingPaths } from "./generated/alerting.js";
import type { paths as DefinitionPaths } from "./generated/kpi-definition.js";
import type { paths as MeasurementPaths } from "./generated/measurement.js";

export interface PlatformUrls {
  kpiDefinition: string;
  measurement: string;
  alerting: string;
}

/** A person's or a service's bearer token, or an integration's API key. */
export type Credential = { bearer: string } | { apiKey: string };

function authenticate(credential: Credential): Middleware {
  return {
    onRequest({ request }) {
      if ("bearer" in credential) {
        request.headers.set("Authorization", `Bearer ${credential.bearer}`);
      } else {
        request.headers.set("X-API-Key", credential.apiKey);
      }
      return request;
    },
  };
}

function client<Paths extends {}>(baseUrl: string, credential: Credential): Client<Paths> {
  const created = createClient<Paths>({ baseUrl });
  created.use(authenticate(credential));
  return created;
}

export function kpiDefinition(urls: PlatformUrls, credential: Credential): Client<DefinitionPaths> {
  return client<DefinitionPaths>(urls.kpiDefinition, credential);
}

export function measurement(urls: PlatformUrls, credential: Credential): Client<MeasurementPaths> {
  return client<MeasurementPaths>(urls.measurement, credential);
}

export function alerting(urls: PlatformUrls, credential: Credential): Client<AlertingPaths> {
  return client<AlertingPaths>(urls.alerting, credential);
}
