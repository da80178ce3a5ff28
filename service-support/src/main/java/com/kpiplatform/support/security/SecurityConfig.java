package com.kpiplatform.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How the platform reads a person's token (beyond what {@code quarkus.oidc.*} verifies). */
@ConfigMapping(prefix = "kpi-platform.security")
public interface SecurityConfig {

    /**
     * Claims that hold the caller's roles, tried in order and merged; a path into nested claims
     * is written with dots or slashes ({@code realm_access.roles}).
     */
    @WithDefault("groups,realm_access.roles")
    List<String> rolesClaim();

    /** The claim that lists the caller's teams, for the object-level rules. */
    @WithDefault("teams")
    String teamsClaim();

    /**
     * The object-level rules: an editor changes only what a team of theirs owns, never moves it
     * to another team, and what no team owns is for admins. A deployment may switch them off.
     */
    @WithDefault("true")
    boolean teamRules();

    /**
     * Whether tokens of the development issuer (local stack, tests) are accepted; never in the
     * prod profile.
     */
    @WithDefault("false")
    boolean devTokensAllowed();
}
