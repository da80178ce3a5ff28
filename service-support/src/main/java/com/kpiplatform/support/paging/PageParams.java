package com.kpiplatform.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ?page=&size=} of every list; sizes above the maximum are clamped, not rejected. */
public class PageParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Zero-based page number.")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Parameter(description = "Page size, 1 to 200; larger values are clamped to 200.")
    public int size;

    private int maxSize = MAX_SIZE;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The same request for an endpoint that serves larger pages, e.g. bulk reads for other services. */
    public PageParams withMaxSize(int maxSize) {
        PageParams params = new PageParams(page, size);
        params.maxSize = maxSize;
        return params;
    }

    public int page() {
        return page;
    }

    /** The size actually served: at most {@link #MAX_SIZE} unless the endpoint allows more. */
    public int size() {
        return Math.min(size, maxSize);
    }

    public int offset() {
        return page * size();
    }
}
