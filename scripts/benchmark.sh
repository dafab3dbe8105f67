#!/usr/bin/env bash
# Benchmark: how fast komitmen reads a repository at village scale, against the floor.
#
#     scripts/benchmark.sh [SIGNATORIES] [QUARTERS]      # default 250 x 20: about 5,000 files
#     scripts/benchmark.sh 3400 20                       # about 68,000 files
#
# What it does, in one run:
#   1. generates a valid repository of SIGNATORIES signatories and QUARTERS quarters of reports
#      (scripts/generate-repository.py, seed 1) into a temporary folder;
#   2. builds `komitmen` in release mode (scratch path .build-bench, git-ignored) and the floor,
#      scripts/yaml-scan.c (`cc -O2 ... -lyaml`: libyaml's bare event scan of every file, one thread);
#   3. runs, interleaved round-robin for ROUNDS rounds after one untimed warm-up round:
#        (a) floor       yaml-scan ROOT
#        (b) pyyaml      yaml.load(f, Loader=yaml.CSafeLoader) on every file (PyYAML's C loader)
#        (c) validate    komitmen validate ROOT
#        (d) summary     komitmen summary ROOT --format json --as-of 2030-01-01
#      each checked once first: a command that fails, or a summary that is not JSON, stops it;
#   4. prints for each: median and best wall time, files per second, CPU time (user+sys), peak
#      memory (max RSS of the process, from GNU time) and the ratio of its median wall time to the
#      floor's. Wall time is what counts: komitmen uses every core, the floor uses one. The machine
#      should be otherwise idle: other processes take cores from komitmen, not from the floor.
#
# Targets ("Speed at village scale"): validate within 1.5x the floor's wall time, and under 300 MB
# peak memory at 3,400 x 20.
#
# Environment:
#   ROUNDS=5            timed rounds
#   SEED=1              generator seed
#   KOMITMEN_BIN=PATH   use this komitmen binary instead of building one
#   KOMITMEN_PACKAGE=D  build the package in D (e.g. a clean `git worktree`) instead of this checkout
#   BENCH_DIR=D         generate into D and keep it (default: a temporary folder, removed afterwards)
#   PYTHON=python3      the Python with PyYAML for (b) and the driver
#
# Needs: swift, cc, libyaml-dev, GNU time at /usr/bin/time (apt-get install time), python3 (PyYAML
# with libyaml for (b); skipped when missing).
set -euo pipefail
# The generated reports run to mid-2030: judged from today, many would be "submitted after today"
# (a warning whose file text is then kept to show it). Benchmark the repository as of its end.
export KOMITMEN_TODAY="${KOMITMEN_TODAY:-2031-01-01}"

SIGNATORIES="${1:-250}"
QUARTERS="${2:-20}"
ROUNDS="${ROUNDS:-5}"
SEED="${SEED:-1}"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGE="${KOMITMEN_PACKAGE:-$(dirname "$SCRIPTS")}"
# Resolve the interpreter itself (not a pyenv shim), so its startup is not timed as a script's.
PYTHON="$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')"

if [[ -n "${BENCH_DIR:-}" ]]; then
    WORK="$BENCH_DIR"
    mkdir -p "$WORK"
else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/komitmen-bench.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
fi
ROOT="$WORK/repo"

echo "== generating $SIGNATORIES signatories x $QUARTERS quarters into $ROOT"
if [[ -f "$ROOT/declaration.yaml" && -f "$WORK/repo.params" && "$(cat "$WORK/repo.params")" == "$SIGNATORIES $QUARTERS $SEED" ]]; then
    echo "(reusing the repository generated before with the same parameters)"
else
    "$PYTHON" "$SCRIPTS/generate-repository.py" --signatories "$SIGNATORIES" --quarters "$QUARTERS" \
        --seed "$SEED" --out "$ROOT" --force
    echo "$SIGNATORIES $QUARTERS $SEED" > "$WORK/repo.params"
fi

if [[ -n "${KOMITMEN_BIN:-}" ]]; then
    KOMITMEN="$KOMITMEN_BIN"
    echo "== using $KOMITMEN"
else
    echo "== building komitmen (release) in $PACKAGE"
    if ! swift build -c release --package-path "$PACKAGE" --scratch-path "$PACKAGE/.build-bench" --product komitmen; then
        echo "benchmark: the release build failed; build a clean copy (git worktree add /tmp/kbench HEAD) and" >&2
        echo "           run again with KOMITMEN_PACKAGE=/tmp/kbench, or give KOMITMEN_BIN" >&2
        exit 1
    fi
    KOMITMEN="$(swift build -c release --package-path "$PACKAGE" --scratch-path "$PACKAGE/.build-bench" --show-bin-path)/komitmen"
fi

echo "== building the floor (scripts/yaml-scan.c)"
cc -O2 -o "$WORK/yaml-scan" "$SCRIPTS/yaml-scan.c" -lyaml

cat > "$WORK/pyyaml-load.py" <<'EOF'
import os, sys, yaml
count = 0
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), "rb") as f:
                yaml.load(f, Loader=yaml.CSafeLoader)
            count += 1
print("%d files" % count)
EOF

echo "== timing: $ROUNDS rounds, round-robin"
exec "$PYTHON" - "$ROOT" "$WORK" "$KOMITMEN" "$ROUNDS" "$SIGNATORIES" "$QUARTERS" <<'EOF'
import json, os, statistics, subprocess, sys, time

root, work, komitmen, rounds, signatories, quarters = sys.argv[1:7]
rounds = int(rounds)
python = sys.executable

files, size = 0, 0
for folder, _, names in os.walk(root):
    for name in names:
        if name.endswith(".yaml"):
            files += 1
            size += os.path.getsize(os.path.join(folder, name))

# Peak memory and CPU come from GNU time (`/usr/bin/time -f ...`, Debian package `time`): it forks
# and execs the command from a small process, so the figures are the command's own. (Taking them
# from wait4 here would not do: a child spawned from this Python starts with the driver's RSS as its
# high-water mark.)
TIME = "/usr/bin/time"
if not os.access(TIME, os.X_OK):
    sys.exit("benchmark: %s is missing; install it (apt-get install time)" % TIME)

def run(argv):
    """Runs argv; returns (wall seconds, cpu seconds, max RSS in KB, exit status, stdout, stderr)."""
    usage = os.path.join(work, "usage")
    with open(os.path.join(work, "stdout"), "w+b") as out, open(os.path.join(work, "stderr"), "w+b") as err:
        start = time.perf_counter()
        code = subprocess.call([TIME, "-f", "%U %S %M", "-o", usage, "--"] + argv, stdout=out, stderr=err, cwd=work)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    with open(usage) as f:
        fields = f.read().split()[-3:]      # "Command exited with non-zero status N" may come first
    user, system, rss = float(fields[0]), float(fields[1]), int(fields[2])
    return wall, user + system, rss, code, stdout, stderr

commands = [
    ("floor (libyaml event scan, 1 thread)", [os.path.join(work, "yaml-scan"), root]),
]
notes = []
try:
    import yaml
    if getattr(yaml, "__with_libyaml__", False):
        commands.append(("PyYAML CSafeLoader", [python, os.path.join(work, "pyyaml-load.py"), root]))
    else:
        notes.append("(b) skipped: this PyYAML is built without libyaml (no CSafeLoader)")
except ImportError:
    notes.append("(b) skipped: PyYAML is not installed for %s" % python)
commands.append(("komitmen validate", [komitmen, "validate", root]))
summary = [komitmen, "summary", root, "--format", "json", "--as-of", "2030-01-01"]

# Check each command once (this is also the warm-up round) before timing anything.
for name, argv in list(commands):
    wall, cpu, rss, code, out, err = run(argv)
    last = (out or err).decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    print("check  %-38s exit %d: %s" % (name, code, last[0][:100]))
    if code != 0:
        sys.exit("benchmark: %s failed (exit %d); stderr:\n%s" % (name, code, err.decode("utf-8", "replace")[:2000]))
wall, cpu, rss, code, out, err = run(summary)
try:
    parsed = json.loads(out) if code == 0 else None
except ValueError:
    parsed = None
if not (isinstance(parsed, dict) and "filing" in parsed):
    sys.exit("benchmark: komitmen summary --format json gave no summary JSON (exit %d); stderr:\n%s"
             % (code, err.decode("utf-8", "replace")[:2000]))
print("check  %-38s exit 0: JSON with %d signatories" % ("komitmen summary", len(parsed.get("signatories", []))))
commands.append(("komitmen summary --format json", summary))

results = {name: [] for name, _ in commands}
for _ in range(rounds):
    for name, argv in commands:
        wall, cpu, rss, code, out, err = run(argv)
        if code != 0:
            sys.exit("benchmark: %s failed during timing (exit %d)" % (name, code))
        results[name].append((wall, cpu, rss))

try:
    load = "%.2f %.2f %.2f" % os.getloadavg()
except OSError:
    load = "?"
print()
print("komitmen benchmark: %s signatories x %s quarters = %d files, %.1f MB; %d rounds; %d cores; load average %s"
      % (signatories, quarters, files, size / 1e6, rounds, os.cpu_count() or 0, load))
header = "%-38s %10s %10s %12s %10s %10s %9s" % ("", "median s", "best s", "files/s", "cpu s", "peak MB", "vs floor")
print(header)
print("-" * len(header))
floor = statistics.median(w for w, _, _ in results[commands[0][0]])
for name, _ in commands:
    walls = [w for w, _, _ in results[name]]
    median = statistics.median(walls)
    cpu = statistics.median(c for _, c, _ in results[name])
    peak = max(r for _, _, r in results[name]) / 1024.0
    print("%-38s %10.3f %10.3f %12.0f %10.3f %10.1f %8.2fx" % (name, median, min(walls), files / median, cpu, peak, median / floor))
for note in notes:
    print(note)
validate = results.get("komitmen validate")
if validate:
    ratio = statistics.median(w for w, _, _ in validate) / floor
    peak = max(r for _, _, r in validate) / 1024.0
    print("target: validate within 1.5x the floor: %s (%.2fx); peak memory under 300 MB: %s (%.1f MB)"
          % ("met" if ratio <= 1.5 else "MISSED", ratio, "met" if peak < 300 else "MISSED", peak))
EOF
