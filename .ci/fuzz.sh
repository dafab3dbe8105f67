#!/usr/bin/env bash
# Fuzzes komitmen's YAML layer (Sources/KomitmenYAML over libyaml) with libFuzzer.
#
#   .ci/fuzz.sh [SECONDS]        run for SECONDS (default 60); exit non-zero when a crash,
#                                timeout or out-of-memory input is found
#
# Builds .build-fuzz/fuzz-yaml from Sources/KomitmenYAML/*.swift and Tests/Fuzz/FuzzYAML.swift with
# -sanitize=fuzzer,address, linked to the system libyaml (the package never carries libyaml's
# source). For a deeper campaign, FUZZ_INSTRUMENT_LIBYAML=1 fetches the source of the Debian package
# libyaml 0.2.5 with `apt-get source` into .build-fuzz/libyaml (a build folder, never committed) and
# compiles it with coverage and AddressSanitizer, so the fuzzer also sees inside the parser.
#
# The corpus .build-fuzz/corpus is kept between runs and seeded with every in.yaml of the YAML test
# suite (../shared/yaml-test-suite beside the package root, or $YAML_TEST_SUITE) and the package's
# own YAML files. Findings are written to .build-fuzz/artifacts/.
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/.build-fuzz
corpus=$out/corpus
artifacts=$out/artifacts
mkdir -p "$out" "$corpus" "$artifacts"

swiftc_bin=$(command -v swiftc)
clang_bin=$(dirname "$(readlink -f "$swiftc_bin")")/clang
[ -x "$clang_bin" ] || clang_bin=$(command -v clang || true)

# --- libyaml, instrumented when its source can be had ----------------------------------------
libyaml_version=0.2.5
libyaml_src=${FUZZ_LIBYAML_SRC:-$out/libyaml/libyaml-$libyaml_version}

fetch_libyaml() {
    command -v apt-get > /dev/null || return 1
    local apt=$out/libyaml/apt
    mkdir -p "$apt/parts" "$apt/lists/partial" "$apt/cache/archives/partial"
    # A private source list and cache: the machine's apt configuration is left alone.
    cat > "$apt/parts/libyaml-src.sources" <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    local options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt/parts"
                   -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache")
    apt-get "${options[@]}" -qq update > /dev/null 2>&1 || return 1
    (cd "$out/libyaml" && apt-get "${options[@]}" -qq source --download-only "libyaml=$libyaml_version-1" \
        > /dev/null 2>&1) || return 1
    tar -xzf "$out/libyaml/libyaml_$libyaml_version.orig.tar.gz" -C "$out/libyaml" || return 1
    [ -f "$libyaml_src/src/parser.c" ]
}

libyaml_link=(-lyaml)
if [ "${FUZZ_INSTRUMENT_LIBYAML:-0}" = 1 ] && [ -n "$clang_bin" ]; then
    if [ ! -f "$libyaml_src/src/parser.c" ]; then
        mkdir -p "$out/libyaml"
        echo "fuzz: fetching the source of libyaml $libyaml_version (apt-get source)"
        fetch_libyaml || echo "fuzz: warning: no libyaml source; linking the system libyaml, uninstrumented" >&2
    fi
    if [ -f "$libyaml_src/src/parser.c" ]; then
        objects=$out/libyaml/obj
        mkdir -p "$objects"
        for file in api reader scanner parser loader writer emitter dumper; do
            if [ ! -f "$objects/$file.o" ] || [ "$libyaml_src/src/$file.c" -nt "$objects/$file.o" ]; then
                "$clang_bin" -c -g -O1 -fsanitize=fuzzer-no-link,address \
                    -DYAML_VERSION_MAJOR=0 -DYAML_VERSION_MINOR=2 -DYAML_VERSION_PATCH=5 \
                    -DYAML_VERSION_STRING="\"$libyaml_version\"" \
                    -I "$libyaml_src/include" "$libyaml_src/src/$file.c" -o "$objects/$file.o"
            fi
        done
        libyaml_link=("$objects"/*.o)
        echo "fuzz: libyaml $libyaml_version compiled with coverage and AddressSanitizer"
    fi
fi

# --- the fuzz target ---------------------------------------------------------------------------
echo "fuzz: building $out/fuzz-yaml"
# KomitmenText (Phrase, Mark, Diagnostic), which the YAML layer imports, is a module of its own.
mkdir -p "$out/modules"
"$swiftc_bin" -sanitize=fuzzer,address -parse-as-library -O -g -module-name KomitmenText -wmo -c \
    "$root"/Sources/KomitmenText/*.swift \
    -emit-module -emit-module-path "$out/modules/KomitmenText.swiftmodule" -o "$out/modules/KomitmenText.o"
"$swiftc_bin" -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld \
    -module-name KomitmenYAML \
    -I "$root/Sources/CLibYAML" -I "$out/modules" \
    "$root"/Sources/KomitmenYAML/*.swift "$root/Tests/Fuzz/FuzzYAML.swift" \
    "$out/modules/KomitmenText.o" "${libyaml_link[@]}" \
    -o "$out/fuzz-yaml"

# --- the seed corpus ---------------------------------------------------------------------------
suite=""
for candidate in "$root/../shared/yaml-test-suite" "${YAML_TEST_SUITE:-}"; do
    if [ -n "$candidate" ] && [ -d "$candidate" ]; then suite=$candidate; break; fi
done
seeds=0
if [ -n "$suite" ]; then
    while IFS= read -r -d '' file; do
        name=${file#"$suite"/}
        cp "$file" "$corpus/suite-${name//\//-}"
        seeds=$((seeds + 1))
    done < <(find "$suite" -name in.yaml -print0)
fi
# The suite's inputs are most of the seeds' variety: without them the run would look green
# while fuzzing little. FUZZ_WITHOUT_SUITE=1 allows it on purpose (a local run).
if [ "$seeds" -lt 300 ] && [ "${FUZZ_WITHOUT_SUITE:-0}" != 1 ]; then
    echo "fuzz: FAILED: $seeds seeds from the YAML test suite (${suite:-absent}); expected its 300+ in.yaml files." >&2
    echo "fuzz: clone it to ../shared/yaml-test-suite beside the package root, set YAML_TEST_SUITE, or FUZZ_WITHOUT_SUITE=1" >&2
    exit 2
fi
while IFS= read -r -d '' file; do
    name=${file#"$root"/}
    cp "$file" "$corpus/own-${name//\//-}"
    seeds=$((seeds + 1))
done < <(find "$root" \( -path "$root/.build*" -o -path "$root/.git" \) -prune -o \
              \( -name '*.yaml' -o -name '*.yml' \) -type f -size -64k -print0)
echo "fuzz: $seeds seed files; corpus holds $(find "$corpus" -type f | wc -l) inputs"

# --- the run -----------------------------------------------------------------------------------
echo "fuzz: running for $seconds s"
status=0
(cd "$out" && ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} ./fuzz-yaml \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus") || status=$?

echo "fuzz: corpus holds $(find "$corpus" -type f | wc -l) inputs"
if [ "$status" -ne 0 ]; then
    echo "fuzz: FAILED (exit $status); findings in $artifacts:" >&2
    ls -l "$artifacts" >&2
    echo "fuzz: reproduce with: $out/fuzz-yaml <file>" >&2
    exit "$status"
fi
echo "fuzz: no crash, timeout or out-of-memory input in $seconds s"
