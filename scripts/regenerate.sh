#!/usr/bin/env bash
# Brings every generated file in step with the code, in one step (what GeneratedFilesTests and
# the diagnostics-doc test check):
#   - Package.swift's stakeholderKinds and Sources/KomitmenRegistry/Registry.swift, from Plugins/
#     (komitmen-generate, as `new-stakeholder --regenerate` runs it);
#   - docs/plugins.md and docs/diagnostics.md, from the built komitmen.
#
#   scripts/regenerate.sh            write what is stale; print what changed
#   scripts/regenerate.sh --check    write nothing; exit 1 when anything is stale
set -euo pipefail
cd "$(dirname "$0")/.."
check=${1:-}

swift run -q komitmen-generate $check .
swift build -q --product komitmen
komitmen=$(swift build --show-bin-path)/komitmen

stale=0
for doc in plugins diagnostics; do
    fresh=$(mktemp)
    "$komitmen" "$doc" --format markdown > "$fresh"
    if cmp -s "$fresh" "docs/$doc.md"; then
        echo "docs/$doc.md is up to date"
        rm -f "$fresh"
    elif [ "$check" = "--check" ]; then
        echo "docs/$doc.md is stale: run scripts/regenerate.sh"
        rm -f "$fresh"
        stale=1
    else
        chmod 644 "$fresh"
        mv "$fresh" "docs/$doc.md"
        echo "docs/$doc.md written"
    fi
done
exit $stale
