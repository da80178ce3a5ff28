package com.kpiplatform.support.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** HTTP limits every service applies the same way ({@code kpi-platform.http.*}). */
@ConfigMapping(prefix = "kpi-platform.http")
public interface PlatformHttpConfig {

    /** Bodies announced larger than this get 413 problem details before they are read. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The longest request target (path and query) answered; longer ones get 414 problem details. */
    @WithDefault("4096")
    int maxRequestTarget();

    /** The most header bytes (names and values) a request may carry; more get 431 problem details. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /**
     * Media types that are streamed and may be of any size (e.g. {@code application/x-ndjson}); the
     * endpoint reading them bounds its own memory. Raise {@code quarkus.http.limits.max-body-size}
     * to match, as it also caps streamed bodies.
     */
    Optional<List<String>> streamingMediaTypes();
}
