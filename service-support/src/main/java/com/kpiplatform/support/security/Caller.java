package com.kpiplatform.support.security;

import com.kpiplatform.support.actor.Actor;
import java.util.Set;

/**
 * The authenticated caller of a request: who they are, their roles (included ones added) and the
 * teams they belong to, as their credential says.
 */
public record Caller(Actor actor, Set<String> roles, Set<String> teams) {

    /** Where the caller is kept among the security identity's attributes. */
    public static final String ATTRIBUTE = "kpi-platform.caller";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean belongsTo(String team) {
        return team != null && teams.contains(team);
    }
}
