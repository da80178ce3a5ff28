package com.kpiplatform.definition.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.support.client.RefusedRequests;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The measurement-service's bulk actuals. Wrapped by {@link MeasurementClient}. */
@OidcClientFilter
@RegisterRestClient(configKey = "measurement-service")
@RegisterProvider(RefusedRequests.class)
@Path("/api/v1/actuals/query")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ActualsRestClient {

    record Item(String kpiKey, String period) {
    }

    record Query(List<Item> items) {
    }

    /** A tolerant reader: only the fields this service uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Actual(String kpiKey, BigDecimal value, long count, Instant lastMeasurementAt, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Actual> items) {
    }

    @POST
    Answer query(Query query);
}
