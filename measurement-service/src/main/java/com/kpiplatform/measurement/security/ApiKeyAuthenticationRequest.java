package com.kpiplatform.measurement.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented with a request, to be verified. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
