#!/usr/bin/env bash
# Load benchmark of `komitmen serve` against the goals of issue 11 (2-core machine, shipped data):
# filing p99 <= 100 ms at 32 concurrent clients and >= 150 filings/s; GET /api/v1/summary p99
# <= 30 ms; memory flat over 10,000 filings.
#
#   scripts/serve-bench.sh [FILINGS] [CLIENT COUNTS]     (default: 10000 "32,64")
#
# Builds a release komitmen in .build-release (gitignored), then runs scripts/serve-bench.py:
# a copy of commitments/, one token per shipped signatory, each client count in turn filing
# reports (each signatory its latest shipped quarter) over keep-alive connections while 2 clients read the summary and 1 the status
# grid; prints p50/p99 and throughput per request kind, and the server's RSS before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "serve-bench: building komitmen (release, .build-release)"
swift build -c release --product komitmen --scratch-path .build-release > /tmp/serve-bench-build.log 2>&1 \
    || { tail -30 /tmp/serve-bench-build.log; exit 1; }
komitmen=$(swift build -c release --scratch-path .build-release --show-bin-path)/komitmen
python3 -u scripts/serve-bench.py "$komitmen" --filings "${1:-10000}" --clients "${2:-32,64}"
