package com.kpiplatform.support.info;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/info}: which service and version answers, and where its API is described. */
@Authenticated
@Path("/api/v1/info")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service", description = "About this service")
public class ServiceInfoResource {

    @ConfigProperty(name = "quarkus.application.name")
    String name;

    @ConfigProperty(name = "quarkus.application.version")
    String version;

    @ConfigProperty(name = "quarkus.smallrye-openapi.path", defaultValue = "/q/openapi")
    String openApiPath;

    @ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "/q/swagger-ui")
    String swaggerUiPath;

    @GET
    @Operation(operationId = "getServiceInfo", summary = "Describe this service", description = "Service name, version, API version and documentation paths.")
    @APIResponse(responseCode = "200", description = "The service description")
    public ServiceInfo info() {
        return new ServiceInfo(name, version, "v1", openApiPath, swaggerUiPath);
    }
}
