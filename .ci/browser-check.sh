#!/usr/bin/env bash
# The served pages in a real browser: starts the built `komitmen serve` on a free loopback port
# with a fresh state folder and a copy of commitments/, adds a polda-ntt account, and runs
# Tests/Browser/intake_test.py (Selenium from PyPI; Debian's chromium and chromium-driver,
# installed with apt-get when missing). Screenshots: .build/browser-artifacts/.
#
#   BROWSER_CHECK_SCRATCH=.build .ci/browser-check.sh    (reuse a build; default scratch .build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=${BROWSER_CHECK_SCRATCH:-.build}
artifacts="$root/.build/browser-artifacts"
mkdir -p "$artifacts"

if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
    echo "browser-check: installing chromium and chromium-driver (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver fonts-dejavu-core > /dev/null
fi
python3 -c "import selenium" 2> /dev/null || pip install -q selenium || pip install -q --break-system-packages selenium

echo "browser-check: building komitmen"
swift build --scratch-path "$scratch" --product komitmen > "$artifacts/build.log" 2>&1 || { tail -40 "$artifacts/build.log"; exit 1; }
komitmen=$(swift build --scratch-path "$scratch" --show-bin-path)/komitmen

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cp -R commitments "$work/commitments"
# A fixed day: 2026-Q4 is open and due 2027-01-15, so the filing is on time.
export KOMITMEN_TODAY=2026-11-20
token=$("$komitmen" accounts add polda-ntt "$work/commitments" --state "$work/state" 2> "$work/accounts.log")
secretariat=$("$komitmen" accounts add --secretariat sekretariat --state "$work/state" 2>> "$work/accounts.log")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$komitmen" serve "$work/commitments" --host 127.0.0.1 --port "$port" --state "$work/state" > "$artifacts/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1 && break
    kill -0 "$server" 2> /dev/null || { cat "$artifacts/serve.log"; echo "browser-check: FAIL: the server stopped"; exit 1; }
    sleep 0.1
done
timeout 300 python3 Tests/Browser/intake_test.py "http://127.0.0.1:$port" "$token" "$artifacts" "$secretariat"
