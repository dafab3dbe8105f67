#!/usr/bin/env bash
# The served intake against the built binary, over real HTTP on a loopback port:
#
#   .ci/serve-check.sh [OUT_DIR]     (default OUT_DIR: .build-serve-check)
#
# 1. schemathesis (PyPI, installed when missing) checks docs/openapi.yaml against a running
#    `komitmen serve` (a COPY of commitments/, a fresh state folder, a secretariat token from
#    `komitmen accounts add`), every check, bounded in examples and time;
# 2. Tests/Serve/e2e.py: filing, replacement, 422, 401/403/404/409/413/415/429, path traversal,
#    an alias bomb, a 500 MiB declared body, a slow client; Tests/Serve/e2e_hostile.py: the holes
#    of issue 21 (links under ROOT, 422 bounds, shared-address logins, far-ahead queries, cookies,
#    Origin, the connection cap); Tests/Serve/e2e_receipts.py: kept receipts against a chain cut
#    short or rewritten, quotas, late corrections; Tests/Serve/e2e_aliases.py: bodies whose aliases
#    stand for gigabytes of text (422 at the alias, the form pages afterwards);
#    Tests/Serve/e2e_remind.py: `--base-url` checked, the chase page's reminders linking to the
#    form (never a file) for every quarter with something open;
# 3. Tests/Serve/durability.py: SERVE_CHECK_ROUNDS (default 20) rounds of a filing storm, kill -9,
#    restart and checks of every answered receipt, temporary files and `audit verify`.
# Reuses the debug build at SERVE_CHECK_SCRATCH (default .build, what `swift test` built).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build-serve-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"
started=$(date +%s)

echo "serve-check: building komitmen"
scratch=${SERVE_CHECK_SCRATCH:-.build}
swift build --scratch-path "$scratch" --product komitmen > "$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
komitmen=$(swift build --scratch-path "$scratch" --show-bin-path)/komitmen

command -v schemathesis > /dev/null || pip install -q schemathesis > /dev/null 2>&1 \
    || pip install -q --break-system-packages schemathesis > /dev/null
command -v curl > /dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq curl > /dev/null; }

# --- 1. schemathesis against a server of its own -----------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/komitmen-serve-check-XXXXXX")
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null && wait "$server_pid" 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT
cp -R commitments "$work/commitments"
export KOMITMEN_TODAY=2026-11-20 NO_COLOR=1
"$komitmen" accounts add dprd-ntt "$work/commitments" --state "$work/state" > "$work/dprd.token" 2> /dev/null
secretariat=$("$komitmen" accounts add --secretariat sekretariat-gugus-tugas --state "$work/state" 2> /dev/null)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$komitmen" serve "$work/commitments" --host 127.0.0.1 --port "$port" --state "$work/state" > "$out/schemathesis-serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
# dprd-ntt's 2026-Q4 report on file, so the examples' GETs find one.
curl -fs -X PUT -H "Authorization: Bearer $secretariat" -H "Content-Type: application/yaml" \
    --data-binary @Tests/Serve/example-report.yaml "http://127.0.0.1:$port/api/v1/reports/2026-Q4/dprd-ntt" > /dev/null

echo "serve-check: schemathesis $(schemathesis --version 2>&1 | grep -oE '[0-9]+\.[0-9.]+' | head -1) on docs/openapi.yaml"
set +e
timeout 150 schemathesis --config-file .ci/schemathesis.toml run docs/openapi.yaml --url "http://127.0.0.1:$port" \
    -H "Authorization: Bearer $secretariat" --checks all --max-examples 25 --max-time 45 --seed 11 --generation-database none \
    --report junit --report-dir "$out/schemathesis" --no-color > "$out/schemathesis.log" 2>&1
status=$?
set -e
sed -n '/SUMMARY/,$p' "$out/schemathesis.log" | head -40
if [ "$status" -ne 0 ]; then
    echo "serve-check: FAIL: schemathesis exited $status (see $out/schemathesis.log)"
    tail -80 "$out/schemathesis.log"
    exit 1
fi
kill "$server_pid" && wait "$server_pid" 2> /dev/null || true
server_pid=

# --- 2. end to end, 3. durability --------------------------------------------------------------
timeout 120 python3 Tests/Serve/e2e.py "$komitmen"
timeout 150 python3 Tests/Serve/e2e_hostile.py "$komitmen"
timeout 150 python3 Tests/Serve/e2e_receipts.py "$komitmen"
timeout 120 python3 Tests/Serve/e2e_aliases.py "$komitmen"
timeout 120 python3 Tests/Serve/e2e_remind.py "$komitmen"
timeout 150 python3 Tests/Serve/durability.py "$komitmen" "${SERVE_CHECK_ROUNDS:-20}"

echo "serve-check: ok ($(( $(date +%s) - started )) s)"
