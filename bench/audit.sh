#!/usr/bin/env bash
# Audit figures: as-of latency for a 10-event and a long (default 10,000-event) contract history and their ratio;
# a projection rebuild's events per second, and the NDJSON export's, against a raw cursor read of the same events.
# One JVM, loopback only.   Usage: bench/audit.sh [events in the long history, default 10000; --quick: 2000] [--quick]
source "$(dirname "$0")/common.sh"
bench_build
bench_java AuditBenchmark "$@"
