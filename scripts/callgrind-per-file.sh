#!/usr/bin/env bash
# Instructions per file, counted by callgrind (repeatable, unlike wall time on a shared machine).
#
#     scripts/callgrind-per-file.sh [SMALLER] [LARGER] [QUARTERS]   # default 100 250 20
#     SHAPE=small scripts/callgrind-per-file.sh
#
# Generates two repositories of the same shape (scripts/generate-repository.py, seed 1): SMALLER
# and LARGER signatories by QUARTERS quarters. Runs the floor (scripts/yaml-scan.c: libyaml's bare
# event scan), `komitmen validate` and `komitmen summary --format json` on each under
# `valgrind --tool=callgrind`, and prints each command's instructions per file as the slope:
# (instructions on the larger - on the smaller) / (files in the larger - in the smaller), so the
# cost of starting the process is left out. Then the functions of komitmen validate with the most
# inclusive instructions per file (the same slope, function by function, demangled).
#
# Environment:
#   SHAPE=large          report shape (large or small)
#   KOMITMEN_BIN=PATH    the komitmen binary (default: build release into .build-release)
#   CG_DIR=D             where the repositories and callgrind files go (default /tmp/komitmen-callgrind);
#                        repositories already there with the same parameters are reused
#   TOP=30               how many functions to list
#   KOMITMEN_TODAY       "today" for komitmen (default 2031-01-01, as in scripts/benchmark.sh)
#   NO_SUMMARY=1         leave out `komitmen summary` (faster, when only validate changed)
#
# Needs: valgrind (callgrind_annotate), cc, libyaml-dev, objcopy (binutils), python3, swift (for
# `swift demangle`).
set -euo pipefail
export KOMITMEN_TODAY="${KOMITMEN_TODAY:-2031-01-01}"
SMALLER="${1:-100}"
LARGER="${2:-250}"
QUARTERS="${3:-20}"
SHAPE="${SHAPE:-large}"
TOP="${TOP:-30}"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGE="$(dirname "$SCRIPTS")"
CG_DIR="${CG_DIR:-/tmp/komitmen-callgrind}"
mkdir -p "$CG_DIR"

if [[ -n "${KOMITMEN_BIN:-}" ]]; then
    KOMITMEN="$KOMITMEN_BIN"
else
    swift build -c release --package-path "$PACKAGE" --scratch-path "$PACKAGE/.build-release" --product komitmen >&2
    KOMITMEN="$(swift build -c release --package-path "$PACKAGE" --scratch-path "$PACKAGE/.build-release" --show-bin-path)/komitmen"
fi
cc -O2 -g -o "$CG_DIR/yaml-scan" "$SCRIPTS/yaml-scan.c" -lyaml
# Valgrind 3.19 gives up on the DWARF 5 that swiftc writes: run a copy without debug information
# (its symbol table still names every function).
objcopy --strip-debug "$KOMITMEN" "$CG_DIR/komitmen"
KOMITMEN="$CG_DIR/komitmen"
# Valgrind 3.19 writes into the signal mask given to rt_sigsuspend, and libdispatch's main thread
# (dispatchMain) passes one in read-only memory: valgrind dies at start. A preloaded sigsuspend
# hands the system call a writable copy instead.
cat > "$CG_DIR/sigsuspend.c" <<'C'
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, 8);
}
C
cc -O2 -shared -fPIC -o "$CG_DIR/sigsuspend.so" "$CG_DIR/sigsuspend.c"

repository() { # signatories -> path of a generated repository (reused when it exists)
    local folder="$CG_DIR/$SHAPE-$1x$QUARTERS"
    if [[ ! -f "$folder/declaration.yaml" ]]; then
        python3 "$SCRIPTS/generate-repository.py" --signatories "$1" --quarters "$QUARTERS" --shape "$SHAPE" \
            --out "$folder" --force >&2
    fi
    echo "$folder"
}
A="$(repository "$SMALLER")"
B="$(repository "$LARGER")"
FILES_A="$(find "$A" -name '*.yaml' -type f | wc -l)"
FILES_B="$(find "$B" -name '*.yaml' -type f | wc -l)"

measure() { # name repository-path command... -> writes $CG_DIR/<name>.<size>.out
    local name="$1" size="$2"
    shift 2
    LD_PRELOAD="$CG_DIR/sigsuspend.so" valgrind --tool=callgrind --callgrind-out-file="$CG_DIR/$name.$size.out" "$@" > /dev/null 2> "$CG_DIR/$name.$size.log" || {
        echo "callgrind-per-file: $name on $size failed; see $CG_DIR/$name.$size.log" >&2
        exit 1
    }
}
for size in A B; do
    root="${!size}"
    measure floor "$size" "$CG_DIR/yaml-scan" "$root"
    measure validate "$size" "$KOMITMEN" validate "$root"
    [[ -n "${NO_SUMMARY:-}" ]] || measure summary "$size" "$KOMITMEN" summary "$root" --format json --as-of 2030-01-01
done
NAMES="floor validate"
[[ -n "${NO_SUMMARY:-}" ]] || NAMES="$NAMES summary"

for name in $NAMES; do
    for size in A B; do
        callgrind_annotate --inclusive=yes --threshold=100 "$CG_DIR/$name.$size.out" 2> /dev/null \
            | swift demangle --simplified > "$CG_DIR/$name.$size.txt"
    done
done

python3 - "$CG_DIR" "$FILES_A" "$FILES_B" "$SHAPE" "$TOP" <<'EOF'
import os, re, sys

folder, files_a, files_b, shape, top = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])

def total(path):
    with open(path) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    sys.exit("callgrind-per-file: no total in %s" % path)

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$")
def functions(path):
    found = {}
    with open(path) as f:
        for line in f:
            match = LINE.match(line)
            if match and not match.group(2).startswith("PROGRAM TOTALS"):
                name = re.sub(r"^\S+:", "", match.group(2).strip(), count=1) if ":" in match.group(2) else match.group(2)
                name = re.sub(r"\s*\[[^\]]*\]$", "", name)
                found[name] = found.get(name, 0) + int(match.group(1).replace(",", ""))
    return found

files = files_b - files_a
print("callgrind, %s reports: %d and %d files; instructions per file = difference of totals / %d files"
      % (shape, files_a, files_b, files))
print("%-34s %16s %16s %14s" % ("", "total (smaller)", "total (larger)", "per file"))
slopes = {}
for name, label in (("floor", "floor (yaml-scan)"), ("validate", "komitmen validate"),
                    ("summary", "komitmen summary --format json")):
    if not os.path.exists("%s/%s.A.txt" % (folder, name)) or os.environ.get("NO_SUMMARY") and name == "summary":
        continue
    a, b = total("%s/%s.A.out" % (folder, name)), total("%s/%s.B.out" % (folder, name))
    slopes[name] = (b - a) / files
    print("%-34s %16d %16d %14.0f" % (label, a, b, slopes[name]))
print("validate / floor per file: %.2fx" % (slopes["validate"] / slopes["floor"]))
if "summary" in slopes:
    print("summary / floor per file: %.2fx" % (slopes["summary"] / slopes["floor"]))
print()
a, b = functions(folder + "/validate.A.txt"), functions(folder + "/validate.B.txt")
rows = sorted(((b.get(k, 0) - a.get(k, 0)) / files, k) for k in set(a) | set(b))
rows.reverse()
print("komitmen validate: inclusive instructions per file, by function (top %d)" % top)
for per_file, name in rows[:top]:
    print("%10.0f  %s" % (per_file, name[:150]))
EOF
