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

# shellcheck source=.ci/serve-commitments.sh
. .ci/serve-commitments.sh
serve_commitments "$komitmen" "$artifacts" browser-check
timeout 300 python3 Tests/Browser/intake_test.py "$base" "$clerk" "$artifacts" "$secretariat"
