package com.kpiplatform.support.security;

import com.kpiplatform.support.actor.Actor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The caller of the current request, for audit fields and object-level rules. Outside a request
 * (the scheduled evaluation, retries) the actor is the platform itself.
 */
@ApplicationScoped
public class CurrentCaller {

    private static final Caller NOBODY = new Caller(Actor.SYSTEM, Set.of(), Set.of());

    @Inject
    SecurityIdentity identity;

    public Caller get() {
        if (!Arc.container().requestContext().isActive()) {
            return NOBODY;
        }
        Caller caller = identity.getAttribute(Caller.ATTRIBUTE);
        return caller == null ? NOBODY : caller;
    }

    public Actor actor() {
        return get().actor();
    }
}
