package com.kpiplatform.support.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The roles of the platform. People are viewer, editor or admin, each including the ones before
 * it, so an operation names only the least role it needs. Services and integrations carry narrow
 * roles that name exactly what they may call.
 */
public final class Roles {

    /** Reads everything but secrets and API keys. */
    public static final String VIEWER = "viewer";
    /** Changes KPIs, targets, reviews, objectives, key results, check-ins, silences, acknowledgements, subscriptions. */
    public static final String EDITOR = "editor";
    /** Everything, including channels, API keys, measurement deletions and evaluation runs. */
    public static final String ADMIN = "admin";
    /** A service that reads the KPI catalog (the measurement-service and alerting-service). */
    public static final String KPIS_READ = "kpis:read";
    /** An integration key, or a service, that reads measurements and actuals. */
    public static final String MEASUREMENTS_READ = "measurements:read";
    /** An integration key that writes measurements. */
    public static final String MEASUREMENTS_WRITE = "measurements:write";

    private Roles() {
    }

    /** The granted roles with the ones they include: an admin is also editor and viewer, an editor also viewer. */
    public static Set<String> withIncluded(Set<String> granted) {
        Set<String> roles = new LinkedHashSet<>(granted);
        if (roles.contains(ADMIN)) {
            roles.add(EDITOR);
        }
        if (roles.contains(EDITOR)) {
            roles.add(VIEWER);
        }
        return roles;
    }
}
