package com.kpiplatform.alerting.client;

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
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The measurement-service's bulk actuals. Wrapped by {@link MeasurementClient}. */
@OidcClientFilter
@RegisterRestClient(configKey = "measurement-service")
@RegisterProvider(RefusedRequests.class)
@Path("/api/v1/actuals/query")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface MeasurementRestClient {

    record Item(String kpiKey, String period) {
    }

    record Query(List<Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Actual(String kpiKey, BigDecimal value, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Actual> items, Map<String, Instant> lastMeasurementAt) {
    }

    @POST
    Answer query(Query query);
}
