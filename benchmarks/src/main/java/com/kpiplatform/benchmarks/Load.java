package com.kpiplatform.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Load on a pool of threads, with each request's latency or failure counted rather than aborting the run. */
final class Load {

    interface Task {
        void run(long index) throws Exception;
    }

    /** One request; answers its HTTP status. */
    interface Request {
        int send() throws Exception;
    }

    private Load() {
    }

    /** Runs tasks 0..count-1 on a pool of threads and fails if any fails. */
    static void parallel(int threads, long count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong next = new AtomicLong();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends the request and records its latency if it answered 2xx; any other answer or an exception
     * is a failure, counted in the same outcomes (the first failure of each is printed, to say why).
     */
    static void send(Latencies outcomes, Request request) {
        long sent = System.nanoTime();
        String failure;
        try {
            int status = request.send();
            failure = status / 100 == 2 ? null : "answered " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e.toString();
        } catch (Exception e) {
            failure = e.toString();
        }
        if (failure == null) {
            outcomes.record(sent);
        } else if (outcomes.fail() == 1) {
            System.err.println("A request failed: " + failure);
        }
    }
}
