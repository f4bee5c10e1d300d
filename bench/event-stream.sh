#!/usr/bin/env bash
# The event stream as the record grows and under a burst, with events injected straight into contract-service's
# store: GET one contract, POST create, the list and the idle suite's store CPU and memory at 10,000 and 200,000
# events (ratios, goal at most 1.5); a 50,000-event burst with every processor running (how far behind each is once
# it ends, goal at most 30 s; the largest token; no heap exhaustion); a rebuild of 200,000 events (goal at least
# 10,000 ev/s). Loopback only.   Usage: bench/event-stream.sh [--quick] [growth] [burst] [rebuild]
source "$(dirname "$0")/common.sh"
bench_build
bench_java StreamBenchmark "$@"
