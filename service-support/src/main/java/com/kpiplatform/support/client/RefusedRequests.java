package com.kpiplatform.support.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a neighbour's 4xx answers into {@link RequestRefused}, so that they do not count as its
 * failures; 5xx answers keep the REST client's own exception. Register it on each REST client
 * interface with {@code @RegisterProvider(RefusedRequests.class)}.
 */
public class RefusedRequests implements ResponseExceptionMapper<RequestRefused> {

    @Override
    public RequestRefused toThrowable(Response response) {
        return new RequestRefused(response);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }
}
