#!/usr/bin/env bash
# The alerting-service benchmark: builds the services, starts an embedded PostgreSQL, fake
# neighbours over HTTP and the alerting-service, and times evaluation cycles over 10,000 active
# KPIs. Takes about two minutes; writes benchmarks/target/evaluation-benchmark.md.
# Options: --kpis=10000 --objectives=200 --cycles=5
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Xmx1g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  com.kpiplatform.benchmarks.EvaluationBenchmark "$@"
