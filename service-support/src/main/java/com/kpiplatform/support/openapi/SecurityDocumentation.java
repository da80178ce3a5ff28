package com.kpiplatform.support.openapi;

import com.kpiplatform.support.security.ApiKeys;
import com.kpiplatform.support.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Says what the security answers mean on every operation: 401 with its challenge header, 403
 * only where a role is needed; and where an operation admits an integration's scope
 * ({@code measurements:read} or {@code measurements:write}), that an API key in
 * {@code X-API-Key} works too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityDocumentation implements OASFilter {

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty() || operation.getResponses() == null) {
            return operation;
        }
        List<String> roles = security.get(0).getScheme(BEARER);
        APIResponse unauthorized = operation.getResponses().getAPIResponse("401");
        if (unauthorized != null) {
            unauthorized.description("No credentials, or credentials that were refused (expired, another issuer or "
                    + "audience, a bad signature, a revoked or expired API key).")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader().description("The challenge, e.g. "
                            + "`Bearer realm=\"kpi-platform\", error=\"invalid_token\"`.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (roles == null || roles.isEmpty()) {
            operation.getResponses().removeAPIResponse("403");
        } else if (operation.getResponses().getAPIResponse("403") != null) {
            operation.getResponses().getAPIResponse("403").description("The credential carries none of the roles "
                    + String.join(", ", roles) + ", or the object belongs to a team the caller is not in; the problem "
                    + "says which." + (roles.contains(Roles.MEASUREMENTS_WRITE) ? " An API key is also refused a KPI "
                    + "outside its KPI prefixes (named in `kpiKey`); nothing of the request is stored." : ""));
        }
        if (roles != null && roles.contains(Roles.MEASUREMENTS_WRITE)) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("The API key's rate limit (requests per second) is used up; nothing was stored.")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                    .content(StandardProblemResponses.problemContent()));
        }
        if (roles != null && roles.stream().anyMatch(ApiKeys::isScope)) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY,
                    roles.stream().filter(ApiKeys::isScope).toList()));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean keysAccepted = openAPI.getPaths() != null && openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .anyMatch(operation -> operation.getSecurity() != null && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.hasScheme(API_KEY)));
        if (keysAccepted && openAPI.getComponents() != null) {
            openAPI.getComponents().addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeys.HEADER)
                    .description("An integration's API key (also accepted as `Authorization: Bearer <key>`), with the "
                            + "scopes measurements:write and/or measurements:read. Admins create them at "
                            + "/api/v1/api-keys."));
        }
    }
}
