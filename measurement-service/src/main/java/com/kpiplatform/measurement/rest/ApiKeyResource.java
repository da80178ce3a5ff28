package com.kpiplatform.measurement.rest;

import com.kpiplatform.measurement.rest.mapping.ApiKeyMapper;
import com.kpiplatform.measurement.rest.dto.ApiKeyRequest;
import com.kpiplatform.measurement.rest.dto.ApiKeyResponse;
import com.kpiplatform.measurement.service.ApiKeyService;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Integrations' API keys, kept where they are checked: ingest is their only use, and checking a
 * key in the service that stores the measurements costs no call to another service.
 */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Credentials for integrations that write or read measurements")
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    ApiKeyMapper mapper;

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key", description = "Answers the key with its secret, which is shown this once"
            + " and stored only as a SHA-256 hash. Scopes say what it may do; KPI prefixes, if any, which KPIs it may "
            + "write (a batch with another KPI is refused whole, 403); requestsPerSecond its own rate limit.")
    @APIResponse(responseCode = "201", description = "Created; the secret is in this answer only",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition")
    public Response create(@Valid @NotNull ApiKeyRequest request, @Context UriInfo uri) {
        ApiKeyService.Created created = keys.create(mapper.toDefinition(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.key().id())).build())
                .entity(mapper.toResponse(created)).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Every key, revoked and expired ones too, newest first, "
            + "without secrets.")
    public PageResponse<ApiKeyResponse> list(@BeanParam @Valid PageParams page) {
        return PageResponse.slice(mapper.toResponses(keys.list()), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One API key", description = "Without its secret; with when it was last used.")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key")
    public ApiKeyResponse get(@PathParam("id") long id) {
        return mapper.toResponse(keys.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "The key is refused (401) from now on by this instance "
            + "and within 10 seconds by every replica (the verified-key cache). Revoking again changes nothing.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key")
    public ApiKeyResponse revoke(@PathParam("id") long id) {
        return mapper.toResponse(keys.revoke(id));
    }
}
