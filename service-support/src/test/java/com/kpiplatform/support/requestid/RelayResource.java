package com.kpiplatform.support.requestid;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Test-only: logs a line and calls another service, like a real resource would. */
@PermitAll
@Path("/test/relay")
public class RelayResource {

    static final String LOG_LINE = "relaying to downstream";
    private static final Logger LOG = Logger.getLogger(RelayResource.class);

    @RestClient
    DownstreamClient downstream;

    @GET
    public String relay() {
        LOG.info(LOG_LINE);
        return downstream.call();
    }
}
