package com.kpiplatform.definition.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a KPI list can be sorted in, by their query parameter; every order ends on the key, so paging is stable. */
public enum KpiSort {
    KEY("key"),
    KEY_DESC("-key"),
    NAME("name"),
    NAME_DESC("-name"),
    UPDATED("updatedAt"),
    UPDATED_DESC("-updatedAt");

    public static final String PARAMETER_PATTERN = "-?(key|name|updatedAt)";

    private final String parameter;

    KpiSort(String parameter) {
        this.parameter = parameter;
    }

    public static KpiSort fromParameter(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(values())
                        .map(s -> s.parameter).collect(Collectors.joining(", "))));
    }
}
