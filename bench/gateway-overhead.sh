#!/usr/bin/env bash
# What the gateway costs on a read: GET one contract with wrk through the gateway, straight to contract-service
# (with the gateway's internal token) and through nginx as a plain reverse proxy, on one suite, in one run.
# Usage: bench/gateway-overhead.sh [--quick] [--profile]   (--profile: where the gateway's CPU goes, from Java
# Flight Recorder; installs wrk and nginx with apt-get when run as root)
source "$(dirname "$0")/common.sh"
bench_needs wrk wrk
bench_needs nginx nginx
bench_build
bench_java SuiteBenchmark reads "$@"
