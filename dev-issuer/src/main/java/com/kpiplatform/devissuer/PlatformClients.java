package com.kpiplatform.devissuer;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The platform's services as clients of the issuer, with the roles their calls need: the
 * kpi-definition-service reads actuals (for linked key results), the measurement-service reads the KPI
 * catalog, the alerting-service reads both.
 */
public final class PlatformClients {

    public static final String AUDIENCE = "kpi-platform";

    private PlatformClients() {
    }

    /** The three services, each with the secret {@code secretOf} gives its client id. */
    public static List<ServiceClient> withSecrets(UnaryOperator<String> secretOf) {
        return List.of(
                client("kpi-definition-service", secretOf, "measurements:read"),
                client("measurement-service", secretOf, "kpis:read"),
                client("alerting-service", secretOf, "kpis:read", "measurements:read"));
    }

    private static ServiceClient client(String id, UnaryOperator<String> secretOf, String... roles) {
        return new ServiceClient(id, secretOf.apply(id), List.of(roles));
    }
}
