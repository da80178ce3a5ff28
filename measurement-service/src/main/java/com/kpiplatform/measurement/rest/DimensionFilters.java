package com.kpiplatform.measurement.rest;

import com.kpiplatform.support.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code dim.<name>=<value>} query parameters of a request, as a dimension filter. */
final class DimensionFilters {

    static final String PREFIX = "dim.";
    /**
     * Documents these parameters on the operations that take them: OpenAPI has no parameter of
     * variable name, so the documents list the prefix under this extension.
     */
    static final String EXTENSION = "x-query-parameter-prefixes";
    static final String PREFIXES = "[\"" + PREFIX + "\"]";

    private DimensionFilters() {
    }

    static Map<String, String> of(MultivaluedMap<String, String> query) {
        Map<String, String> filter = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().startsWith(PREFIX)) {
                if (parameter.getValue().size() != 1 || parameter.getValue().get(0).isBlank()) {
                    throw ProblemException.invalid(parameter.getKey(), "must be given once, with a value");
                }
                filter.put(parameter.getKey().substring(PREFIX.length()), parameter.getValue().get(0));
            }
        }
        return filter;
    }
}
