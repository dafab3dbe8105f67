#!/usr/bin/env python3
"""Two or more komitmen builds against the floor, interleaved: in every round the floor, then
`validate` and `summary --format json` of each build, so all of them meet the same machine (a shared
machine's speed drifts by 10-20 % over minutes, and builds timed one after the other differ by that).

    scripts/compare-builds.py BENCH_DIR ROUNDS BINARY [BINARY ...]

BENCH_DIR is a folder `scripts/benchmark.sh` made with BENCH_DIR=...: its `repo` (the generated
repository), `yaml-scan` (the floor) and `rusage-run` (the CPU and memory meter) are used as they are.
Prints, for each command, the median wall and CPU time, the peak memory, the CPU ratio to the floor
(median of medians, then the median of each round's own ratio with its range) and summary/validate.
"""
import os
import statistics
import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    work, rounds, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    root = os.path.join(work, "repo")
    meter = os.path.join(work, "rusage-run")
    usage = os.path.join(work, "compare-usage")
    env = dict(os.environ, KOMITMEN_TODAY=os.environ.get("KOMITMEN_TODAY", "2031-01-01"))
    commands = [("floor", [os.path.join(work, "yaml-scan"), root])]
    for index, binary in enumerate(binaries):
        commands.append(("%d validate" % index, [binary, "validate", root]))
        commands.append(("%d summary" % index, [binary, "summary", root, "--format", "json", "--as-of", "2030-01-01"]))
    results = {name: [] for name, _ in commands}
    for round_number in range(rounds + 1):  # round 0 warms the caches and is not counted
        for name, argv in commands:
            started = os.times().elapsed
            code = subprocess.call([meter, usage] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            wall = os.times().elapsed - started
            if code != 0:
                sys.exit("compare-builds: %s failed (exit %d)" % (" ".join(argv), code))
            with open(usage) as file:
                user, system, rss = file.read().split()
            if round_number:
                results[name].append((wall, float(user) + float(system), int(rss) / 1024.0))
    for index, binary in enumerate(binaries):
        print("%d = %s" % (index, binary))
    floor = results["floor"]
    print("%-12s %8s %8s %9s %10s %26s" % ("", "wall s", "cpu s", "peak MB", "cpu/floor", "round by round cpu/floor"))
    for name, _ in commands:
        rows = results[name]
        wall, cpu = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        ratios = sorted(r[1] / f[1] for r, f in zip(rows, floor))
        print("%-12s %8.3f %8.3f %9.1f %9.2fx %10.2fx [%.2f..%.2f]" % (
            name, wall, cpu, max(r[2] for r in rows), cpu / statistics.median(f[1] for f in floor),
            statistics.median(ratios), ratios[0], ratios[-1]))
    for index in range(len(binaries)):
        validate, summary = results["%d validate" % index], results["%d summary" % index]
        print("%d summary/validate wall: %.2fx (round by round %.2fx)" % (
            index, statistics.median(r[0] for r in summary) / statistics.median(r[0] for r in validate),
            statistics.median(s[0] / v[0] for s, v in zip(summary, validate))))


main()
