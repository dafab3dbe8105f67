#!/usr/bin/env bash
# Load benchmark of `komitmen serve` against the goals of issue 11 (2-core machine, shipped data):
# filing p99 <= 100 ms at 32 concurrent clients and >= 150 filings/s; GET /api/v1/summary p99
# <= 30 ms while filings run; memory flat over 10,000 filings.
#
#   scripts/serve-bench.sh [FILINGS] [CLIENT COUNTS] [CHUNK]   (default: 10000 "32,64" 2500)
#   scripts/serve-bench.sh --python [FILINGS] [CLIENT COUNTS]  (the older Python load generator)
#
# Builds a release komitmen in .build-release (gitignored), then scripts/serve-bench-wrk.py
# serves a copy of commitments/ on the loopback with a fresh state folder and drives it with wrk
# (scripts/serve-bench.lua; `apt-get install -y wrk`): each client count in turn files
# FILINGS/len(counts) reports over every shipped (signatory, quarter), each signatory with its own
# token, in chunks of CHUNK, while 2 connections read GET /api/v1/summary and 1 GET
# /api/v1/status; prints per chunk filings/s, p50/p99 of each kind, server CPU, machine load
# and the server's RSS. wrk is C on epoll: it takes far less of the 2 cores than the Python
# generator, which shared them with the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=0
if [ "${1:-}" = "--python" ]; then python=1; shift; fi
if [ "$python" = 0 ] && ! command -v wrk > /dev/null; then
    echo "serve-bench: wrk is missing (apt-get install -y wrk), or use --python" >&2
    exit 2
fi
echo "serve-bench: building komitmen (release, .build-release)"
swift build -c release --product komitmen --scratch-path .build-release > /tmp/serve-bench-build.log 2>&1 \
    || { tail -30 /tmp/serve-bench-build.log; exit 1; }
komitmen=$(swift build -c release --scratch-path .build-release --show-bin-path)/komitmen
echo "serve-bench: machine load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [ "$python" = 1 ]; then
    python3 -u scripts/serve-bench.py "$komitmen" --filings "${1:-10000}" --clients "${2:-32,64}"
else
    python3 -u scripts/serve-bench-wrk.py "$komitmen" --filings "${1:-10000}" --clients "${2:-32,64}" \
        --chunk "${3:-2500}"
fi
echo "serve-bench: machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
