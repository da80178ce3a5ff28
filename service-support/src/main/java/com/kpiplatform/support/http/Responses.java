package com.kpiplatform.support.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The answers every resource gives: a body with its version as the ETag, and a new resource with its Location. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the body, its version as the ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    /** 201 with the body, created at {@code location}. */
    public static Response created(URI location, Object body) {
        return Response.created(location).entity(body).build();
    }

    /** 201 with the body, created at {@code location}, its version as the ETag. */
    public static Response created(URI location, Object body, long version) {
        return Response.created(location).tag(ETags.of(version)).entity(body).build();
    }

    /** Where a resource created under the request's path lives: that path and its id. */
    public static URI below(UriInfo uri, Object id) {
        return uri.getAbsolutePathBuilder().path(id.toString()).build();
    }
}
