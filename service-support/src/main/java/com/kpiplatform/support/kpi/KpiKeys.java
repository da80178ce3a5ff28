package com.kpiplatform.support.kpi;

import java.util.regex.Pattern;

/**
 * The syntax of KPI keys (DESIGN.md): {@code [a-z0-9][a-z0-9._-]{1,63}}, e.g. {@code sales.mrr}.
 * Every service checks keys against it, so a key that no KPI can have is refused where it arrives
 * and never sent on to another service.
 */
public final class KpiKeys {

    public static final String PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private static final Pattern KEY = Pattern.compile(PATTERN);

    private KpiKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
