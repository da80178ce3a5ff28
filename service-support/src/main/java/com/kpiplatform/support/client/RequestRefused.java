package com.kpiplatform.support.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A neighbour's 4xx answer: it works, and refused what it was asked. Not a failure of the
 * neighbour, so clients neither retry it nor count it towards a circuit breaker
 * ({@code @Retry(abortOn = RequestRefused.class)}, {@code @CircuitBreaker(skipOn = RequestRefused.class)}).
 */
public class RequestRefused extends WebApplicationException {

    public RequestRefused(Response response) {
        super("The neighbour refused the request with HTTP " + response.getStatus(), response);
    }
}
