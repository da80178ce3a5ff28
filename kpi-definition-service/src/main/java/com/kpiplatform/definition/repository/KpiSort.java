package com.kpiplatform.definition.repository;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a KPI list can be sorted in; every order ends on the key, so paging is stable. */
public enum KpiSort {
    KEY("key", "k.key asc"),
    KEY_DESC("-key", "k.key desc"),
    NAME("name", "lower(k.name) asc, k.key asc"),
    NAME_DESC("-name", "lower(k.name) desc, k.key asc"),
    UPDATED("updatedAt", "k.updatedAt asc, k.key asc"),
    UPDATED_DESC("-updatedAt", "k.updatedAt desc, k.key asc");

    public static final String PARAMETER_PATTERN = "-?(key|name|updatedAt)";

    private final String parameter;
    private final String orderBy;

    KpiSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static KpiSort fromParameter(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(values())
                        .map(s -> s.parameter).collect(Collectors.joining(", "))));
    }

    String orderBy() {
        return orderBy;
    }
}
