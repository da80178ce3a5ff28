package com.kpiplatform.alerting.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** The optional conditions of a list query: each applies only when its value is given. */
final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition}, which names the parameter {@code :name}, unless the value is null. */
    QueryFilter add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** The conditions joined, or a condition that holds for every row. */
    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Parameters parameters() {
        return parameters;
    }
}
