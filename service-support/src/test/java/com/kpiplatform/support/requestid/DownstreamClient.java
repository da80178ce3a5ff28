package com.kpiplatform.support.requestid;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "downstream")
@Path("/downstream")
interface DownstreamClient {

    @GET
    String call();
}
