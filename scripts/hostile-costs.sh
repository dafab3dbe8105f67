#!/usr/bin/env bash
# Hostile costs: repositories built to make komitmen's work or output grow faster than its input
# (DESIGN.md, "Cost is bounded"). Prints timings; it is not a test and asserts nothing.
#
#     scripts/hostile-costs.sh BINARY [CASE...]
#     scripts/hostile-costs.sh .build/release/komitmen indicators signatory
#
# Cases (default: all three):
#   indicators  one report with 80,000 unknown indicators (about 1.4 MB) in an otherwise valid
#               repository: every error is located in its file (was one pass per error).
#   signatory   a report whose `signatory:` is 20,000 characters long, with 20,000 signatory files:
#               "did you mean" (was: length of the value x number of signatories).
#   output      20,000 reports with 30 errors each: the size of what is printed and the peak
#               memory (was: 168 MB printed, 1.24 GB peak).
#
# Each case runs `komitmen validate` once, under `timeout ${TIMEOUT:-120}`, and prints its wall
# time, exit status, output size and (with GNU time at /usr/bin/time) peak memory.
set -euo pipefail

binary=${1:?usage: scripts/hostile-costs.sh BINARY [indicators|signatory|output]...}
shift
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(indicators signatory output)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
here=$(cd "$(dirname "$0")/.." && pwd)
fixture="$here/Tests/KomitmenEndToEndTests/Fixtures/valid-repo"
work=$(mktemp -d "${TMPDIR:-/tmp}/komitmen-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT

fresh() {
    rm -rf "$work/repo"
    cp -R "$fixture" "$work/repo"
}

generate_indicators() {
    fresh
    {
        printf 'signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n'
        awk 'BEGIN { for (i = 0; i < 80000; i++) printf "  unknown_%05d: 1\n", i }'
    } > "$work/repo/reports/2025-Q4/polda-ntt.yaml"
}

generate_signatory() {
    fresh
    awk -v dir="$work/repo/signatories" 'BEGIN {
        for (i = 0; i < 20000; i++) {
            file = sprintf("%s/media-%05d.yaml", dir, i)
            printf "id: media-%05d\nname: Media %d\nstakeholder: media\nregion: ntt\njoined: 2025-Q4\n", i, i > file
            printf "pledges:\n  - id: expose\n    goal: protection\n    indicators:\n" > file
            printf "      - indicator: investigative_reports\n        target: 8\n        by: 2026-Q4\n" > file
            close(file)
        }
    }'
    {
        printf 'signatory: '
        awk 'BEGIN { for (i = 0; i < 20000; i++) printf "x"; printf "\n" }'
        printf 'period: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  tppo_cases_investigated: 1\n'
    } > "$work/repo/reports/2025-Q4/polda-ntt.yaml"
}

generate_output() {
    fresh
    # 30 errors each: 29 unknown fields and a signatory that does not match the file name.
    awk -v dir="$work/repo/reports/2025-Q4" 'BEGIN {
        for (i = 0; i < 20000; i++) {
            file = sprintf("%s/report-%05d.yaml", dir, i)
            printf "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n" > file
            for (j = 0; j < 29; j++) printf "extra_%02d: 1\n", j > file
            close(file)
        }
    }'
}

run() {
    local name=$1 out="$work/out" err="$work/err" timing="$work/time"
    local start end status=0
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        timeout "${TIMEOUT:-120}" /usr/bin/time -v -o "$timing" "$binary" validate "$work/repo" >"$out" 2>"$err" || status=$?
    else
        timeout "${TIMEOUT:-120}" "$binary" validate "$work/repo" >"$out" 2>"$err" || status=$?
    fi
    end=$(date +%s.%N)
    local peak="n/a"
    if [ -s "$timing" ]; then
        peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$timing")
    fi
    [ "$status" = 124 ] && status="124 (timed out)"
    printf '%-11s %8.2f s   exit %-3s   output %10d bytes (%d lines)   peak %s\n' "$name" \
        "$(echo "$end - $start" | bc)" "$status" "$(( $(wc -c <"$out") + $(wc -c <"$err") ))" "$(cat "$out" "$err" | wc -l)" "$peak"
    tail -n 2 "$out" | sed 's/^/              | /' | cut -c1-160
}

echo "komitmen: $binary"
for name in "${cases[@]}"; do
    case $name in
        indicators|signatory|output) "generate_$name"; run "$name" ;;
        *) echo "unknown case: $name (indicators, signatory or output)" >&2; exit 2 ;;
    esac
done
