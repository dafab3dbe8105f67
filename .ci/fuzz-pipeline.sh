#!/usr/bin/env bash
# Fuzzes komitmen's whole pipeline with libFuzzer: a generated repository (declaration,
# signatories, reports) through load → validate → summary (several quarters and as-of dates) →
# every renderer. See Tests/Fuzz/FuzzPipeline.swift for the input format and the invariants.
#
#   .ci/fuzz-pipeline.sh [SECONDS]   run for SECONDS (default 60; 0: only build and seed); exit
#                                    non-zero when a crash, broken invariant, timeout or
#                                    out-of-memory input is found
#
# Environment:
#   FUZZ_PIPELINE_CHECK_ESC=0   do not require that no formatted diagnostic or rendered output
#                               holds a raw ESC byte (checked by default)
#   FUZZ_PIPELINE_HOSTILE_DATES=0  leave out the hostile --as-of/--quarter values (to look past a
#                               known trap there)
#   FUZZ_PIPELINE_SKIP=TEXT     leave out the summaries whose description (as printed with
#                               FUZZ_PIPELINE_VERBOSE=1, e.g. "--quarter - --as-of 0001-01-01") holds TEXT
#   FUZZ_PIPELINE_SUMMARY_WITH_ERRORS=1  also summarise repositories with errors (the CLI refuses)
#   FUZZ_PIPELINE_JOBS=N        run N fuzzing processes (default 1; the corpus is shared)
#
# Builds .build-fuzz-pipeline/fuzz-pipeline the way SwiftPM would, one module at a time
# (KomitmenText, KomitmenYAML, KomitmenCore, KomitmenRender, every Plugins/<Kind>/ but NewStakeholder,
# KomitmenRegistry), each from a glob of its folder so files added later are picked up, all with
# -sanitize=fuzzer,address, then links them with the target and the report form page's files of
# Sources/KomitmenHTTP/Pages (every report read is rendered as its form page, under 200 KB). The corpus .build-fuzz-pipeline/corpus
# is kept between runs and seeded by the target itself (FUZZ_PIPELINE_WRITE_SEEDS: the valid
# fixture and every plugin's examples), which also writes the dictionary of field names. Findings go to .build-fuzz-pipeline/artifacts/.
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/.build-fuzz-pipeline
modules=$out/modules
corpus=$out/corpus
artifacts=$out/artifacts
mkdir -p "$out" "$modules" "$corpus" "$artifacts"

flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name komitmen -I "$modules"
       -I "$root/Sources/CLibYAML")

# Compiles the Swift files of one folder (recursively) into $modules/NAME.swiftmodule and NAME.o;
# skipped when it was built from the same files since they last changed and no module before it
# was rebuilt.
rebuilt=0
build_module() {
    local name=$1 folder=$2 files=()
    while IFS= read -r -d '' file; do files+=("$file"); done \
        < <(find "$folder" -name '*.swift' -type f -print0 | sort -z)
    [ ${#files[@]} -gt 0 ] || { echo "fuzz-pipeline: no Swift files in $folder" >&2; exit 2; }
    objects+=("$modules/$name.o")
    # The list of files, written after a build: the compiler leaves an unchanged object's time alone.
    local list=$modules/$name.files
    if [ "$rebuilt" = 0 ] && [ -f "$modules/$name.o" ] && [ "$(printf '%s\n' "${files[@]}")" = "$(cat "$list" 2>/dev/null)" ] \
        && [ -z "$(find "${files[@]}" "$0" -newer "$list")" ]; then
        return
    fi
    rebuilt=1
    echo "fuzz-pipeline: compiling $name (${#files[@]} files)"
    swiftc "${flags[@]}" -module-name "$name" -wmo -c "${files[@]}" \
        -emit-module -emit-module-path "$modules/$name.swiftmodule" -o "$modules/$name.o"
    printf '%s\n' "${files[@]}" > "$list"
}

start=$(date +%s)
echo "fuzz-pipeline: building $out/fuzz-pipeline"
objects=()
build_module KomitmenText "$root/Sources/KomitmenText"
build_module KomitmenYAML "$root/Sources/KomitmenYAML"
build_module KomitmenCore "$root/Sources/KomitmenCore"
build_module KomitmenRender "$root/Sources/KomitmenRender"
for folder in "$root"/Plugins/*/; do
    kind=$(basename "$folder")
    [ "$kind" = NewStakeholder ] && continue
    build_module "${kind}Stakeholder" "$folder"
done
build_module KomitmenRegistry "$root/Sources/KomitmenRegistry"
# The served form page's files that need no HTTP (Hummingbird, NIO and GRDB are not built by hand
# with the sanitizers): compiled into the target's own module, since their types are internal.
pages=("$root"/Sources/KomitmenHTTP/Pages/{PageHTML,PageWords,PageWords+Check,ReportForm,ReportForm+YAML,ReportForm+Hidden,ReportFormView,ReportView}.swift)
swiftc "${flags[@]}" -module-name FuzzPipeline "$root"/Tests/Fuzz/FuzzPipeline*.swift "${pages[@]}" \
    "${objects[@]}" -lyaml -use-ld=lld -o "$out/fuzz-pipeline"
echo "fuzz-pipeline: built in $(( $(date +%s) - start )) s"

# --- the seed corpus: written by the target from the fixture and the plugins' examples -------
seeds=$out/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
FUZZ_PIPELINE_FIXTURE="$root/Tests/KomitmenEndToEndTests/Fixtures/valid-repo" \
FUZZ_PIPELINE_WRITE_SEEDS="$seeds" FUZZ_PIPELINE_WRITE_DICT="$out/pipeline.dict" ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-pipeline" -runs=0 > /dev/null 2>&1 || true
seed_count=$(find "$seeds" -type f | wc -l)
[ "$seed_count" -gt 0 ] || { echo "fuzz-pipeline: the target wrote no seeds" >&2; exit 2; }
cp "$seeds"/* "$corpus"/
echo "fuzz-pipeline: $seed_count seed inputs; corpus holds $(find "$corpus" -type f | wc -l) inputs"

if [ "$seconds" -le 0 ]; then echo "fuzz-pipeline: built and seeded; 0 s: not running"; exit 0; fi

# --- the run ---------------------------------------------------------------------------------
jobs=${FUZZ_PIPELINE_JOBS:-1}
log=$out/run.log
echo "fuzz-pipeline: running for $seconds s ($jobs job(s)); log in $log"
run_start=$(date +%s)
touch "$out/run.stamp"
status=0
fork=()
[ "$jobs" -gt 1 ] && fork=(-fork="$jobs" -ignore_crashes=1)
# SWIFT_BACKTRACE: Swift's own crash reporter reads memory ASan guards; let libFuzzer report.
# LSAN_OPTIONS: the plugins' definitions, made once by globals' initializers, read as leaks
# through Swift's tagged enum payloads (.ci/lsan-suppressions.txt says why).
(cd "$out" && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/.ci/lsan-suppressions.txt} ./fuzz-pipeline \
    -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 -dict="$out/pipeline.dict" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${fork[@]}" "$corpus") > "$log" 2>&1 || status=$?
run_time=$(( $(date +%s) - run_start ))
tail -n 40 "$log" | grep -E '^(==|SUMMARY|Fuzz pipeline|INFO: |stat::|#[0-9]+ +DONE)' | tail -n 25 || true

executions=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' \
    | awk '{ s += $1 } END { print s + 0 }')
kinds=(\( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \))
findings=$(find "$artifacts" -type f "${kinds[@]}" -newer "$out/run.stamp" | wc -l)
earlier=$(find "$artifacts" -type f "${kinds[@]}" ! -newer "$out/run.stamp" | wc -l)
echo "fuzz-pipeline: run time ${run_time} s; ${executions} executions; corpus holds $(find "$corpus" -type f | wc -l) inputs;" \
     "${findings} new finding(s) (${earlier} from earlier runs) in $artifacts; exit ${status}"
if [ "$status" -ne 0 ]; then
    echo "fuzz-pipeline: FAILED (exit $status); findings:" >&2
    ls -l "$artifacts" >&2
    echo "fuzz-pipeline: reproduce with: $out/fuzz-pipeline <file>  (FUZZ_PIPELINE_VERBOSE=1 prints the repository and outputs)" >&2
    exit "$status"
fi
echo "fuzz-pipeline: no crash, broken invariant, timeout or out-of-memory input in $seconds s"
