#!/usr/bin/env bash
# The measurement-service benchmark: builds the services, starts an embedded PostgreSQL and the
# services (measurement-service with -Xmx256m), and measures batch and single ingest against raw
# COPY and one-row-per-transaction INSERT baselines (tables of the same columns, primary key and
# partitions as measurement), then fills to 10,000,000 measurements and measures series/actuals
# latency with --readers concurrent readers during the fill's second half and again after the merge
# worker has caught up; reports the fill's duration, failed requests and the service's peak RSS after
# each phase. Takes about 10 minutes on 2 cores; writes benchmarks/target/ingest-benchmark.md.
# Options: --clients=2 --readers=4 --initial=1000000 --total=10000000 --single-seconds=30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Xmx2g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  com.kpiplatform.benchmarks.IngestBenchmark "$@"
