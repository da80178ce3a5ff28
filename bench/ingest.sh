#!/usr/bin/env bash
# The measurement-service benchmark: builds the services, starts an embedded PostgreSQL and the
# services (measurement-service with -Xmx256m), and measures batch and single ingest against raw
# COPY and one-row-per-transaction INSERT baselines, then series/actuals latency on 10,000,000
# measurements. Takes about 10 minutes on 2 cores; writes benchmarks/target/ingest-benchmark.md.
# Options: --clients=2 --initial=1000000 --total=10000000 --single-seconds=30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Xmx2g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  com.kpiplatform.benchmarks.IngestBenchmark "$@"
