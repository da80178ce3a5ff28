package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of another service's list. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Page<T>(List<T> items, int page, int size, long total) {

    boolean isLast() {
        return (long) (page + 1) * size >= total || items.isEmpty();
    }
}
