#!/usr/bin/env bash
# Incident reports accepted per second end to end through the gateway against raw driver inserts into the same
# store, with every process's resident memory idle and under that load.
# Usage: bench/command-path.sh [--quick] [--profile]   (--profile: where the CPU goes, from Java Flight Recorder)
source "$(dirname "$0")/common.sh"
bench_build
bench_java SuiteBenchmark commands "$@"
