package com.kpiplatform.support.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends the current request id with every call to another service, so one id follows a request
 * through the whole platform.
 */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaderString(RequestIds.HEADER) == null) {
            RequestIds.current().ifPresent(id -> request.getHeaders().putSingle(RequestIds.HEADER, id));
        }
    }
}
