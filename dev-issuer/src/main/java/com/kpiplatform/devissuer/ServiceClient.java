package com.kpiplatform.devissuer;

import java.util.List;

/** A service that may take tokens for itself with the client-credentials grant, and the roles they carry. */
public record ServiceClient(String id, String secret, List<String> roles) {
}
