package com.kpiplatform.support.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to page on: {@code {items, page, size, total}}. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Zero-based page number.", examples = "0") int page,
        @Schema(required = true, description = "Page size served (after clamping).", examples = "50") int size,
        @Schema(required = true, description = "Number of items over all pages.", examples = "137") long total) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long total) {
        return new PageResponse<>(items, params.page(), params.size(), total);
    }

    /** The requested page of a list held whole in memory. */
    public static <T> PageResponse<T> slice(List<T> all, PageParams params) {
        int from = (int) Math.min(all.size(), (long) params.offset());
        return of(all.subList(from, Math.min(all.size(), from + params.size())), params, all.size());
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
