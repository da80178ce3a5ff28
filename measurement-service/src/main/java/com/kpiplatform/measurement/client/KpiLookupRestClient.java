package com.kpiplatform.measurement.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.support.client.RefusedRequests;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The kpi-definition-service's bulk lookup. Wrapped by {@link KpiDefinitionClient}. */
@OidcClientFilter
@RegisterRestClient(configKey = "kpi-definition-service")
@RegisterProvider(RefusedRequests.class)
@Path("/api/v1/kpi-lookup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface KpiLookupRestClient {

    record LookupRequest(List<String> keys) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LookupResponse(List<KpiInfo> found, List<String> missing) {
    }

    @POST
    LookupResponse lookup(LookupRequest request);
}
