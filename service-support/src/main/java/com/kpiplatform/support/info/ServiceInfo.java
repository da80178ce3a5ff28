package com.kpiplatform.support.info;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client needs to know about the service it talks to. */
@Schema(name = "ServiceInfo", requiredProperties = {"service", "version", "apiVersion", "openApi", "swaggerUi"})
public record ServiceInfo(
        @Schema(examples = "kpi-definition-service") String service,
        @Schema(examples = "1.0.0-SNAPSHOT") String version,
        @Schema(description = "Major version of the REST API; it is also the path prefix.", examples = "v1") String apiVersion,
        @Schema(description = "Path of the OpenAPI document.", examples = "/q/openapi") String openApi,
        @Schema(description = "Path of the Swagger UI.", examples = "/q/swagger-ui") String swaggerUi) {
}
