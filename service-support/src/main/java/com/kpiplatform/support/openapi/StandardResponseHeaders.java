package com.kpiplatform.support.openapi;

import com.kpiplatform.support.requestid.RequestIds;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the headers every service sends without each resource declaring them: {@code X-Request-Id}
 * on every answer, and {@code Retry-After} on every 429 and 503. It runs after the other filters
 * (the lowest priority), which add responses of their own.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class StandardResponseHeaders implements OASFilter {

    private static final String REQUEST_ID = "RequestId";
    private static final String RETRY_AFTER = "RetryAfter";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader(REQUEST_ID, header("The request's correlation id: the caller's own if it "
                + "sent a valid one, else a new one. Problems carry it as `requestId`.", SchemaType.STRING));
        boolean retries = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .flatMap(operation -> operation.getResponses().getAPIResponses().entrySet().stream())
                .filter(response -> response.getValue().getRef() == null)
                .map(response -> addHeaders(response.getKey(), response.getValue()))
                .reduce(false, Boolean::logicalOr);
        if (retries) {
            openAPI.getComponents().addHeader(RETRY_AFTER, header("Seconds to wait before trying again.", SchemaType.INTEGER));
        }
    }

    /** Adds the standard headers to one response; true when it refers to {@code Retry-After}. */
    private static boolean addHeaders(String status, APIResponse response) {
        addIfAbsent(response, RequestIds.HEADER, REQUEST_ID);
        boolean retry = status.equals("429") || status.equals("503");
        if (retry) {
            addIfAbsent(response, "Retry-After", RETRY_AFTER);
        }
        return retry;
    }

    private static void addIfAbsent(APIResponse response, String name, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(component));
        }
    }

    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
