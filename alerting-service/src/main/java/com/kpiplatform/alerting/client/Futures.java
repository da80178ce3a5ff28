package com.kpiplatform.alerting.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for concurrent reads, with their failures as the callers would have seen them. */
public final class Futures {

    private Futures() {
    }

    /** The result, or the runtime exception that failed it (not wrapped in a CompletionException). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
