package com.kpiplatform.support.actor;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Takes the actor from the {@code X-Actor} header; blank or oversized values count as anonymous. */
public class CurrentActorFilter {

    private static final int MAX_LENGTH = 200;

    @Inject
    CurrentActor actor;

    @ServerRequestFilter
    public void identify(ContainerRequestContext request) {
        String header = request.getHeaderString(CurrentActor.HEADER);
        if (header != null && !header.isBlank() && header.length() <= MAX_LENGTH) {
            actor.set(header.strip());
        }
    }
}
