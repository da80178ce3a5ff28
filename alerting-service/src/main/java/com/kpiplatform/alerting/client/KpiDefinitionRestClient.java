package com.kpiplatform.alerting.client;

import com.kpiplatform.support.client.RefusedRequests;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The kpi-definition-service's bulk reads. Wrapped by {@link KpiDefinitionClient}. */
@OidcClientFilter
@RegisterRestClient(configKey = "kpi-definition-service")
@RegisterProvider(RefusedRequests.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface KpiDefinitionRestClient {

    @GET
    @Path("/kpi-evaluation-view")
    Page<KpiView> evaluationView(@QueryParam("at") String at, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/objectives")
    Page<ObjectiveView> activeObjectives(@QueryParam("state") String state, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/kpi-health")
    KpiHealthView health();
}
