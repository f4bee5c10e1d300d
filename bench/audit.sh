#!/usr/bin/env bash
# Audit figures: as-of latency for a 10-event and a long (default 10,000-event) contract history and their ratio;
# NDJSON export throughput against a raw cursor read of the same events and their ratio. One JVM, loopback only.
# Usage: bench/audit.sh [events in the long history, default 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench -am package
java -Xmx1g -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" \
  org.socialgov.bench.AuditBenchmark "${1:-10000}" 2>&1 | grep -v -E "^[0-9:.]+ (INFO|DEBUG) "
