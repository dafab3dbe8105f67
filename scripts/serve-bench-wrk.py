#!/usr/bin/env python3
"""Load benchmark of `komitmen serve` driven by wrk (run by scripts/serve-bench.sh).

    python3 scripts/serve-bench-wrk.py KOMITMEN_BINARY [--filings N] [--clients 32,64] [--chunk 2500]

A copy of commitments/ on a loopback server with a fresh state folder, one token per shipped
signatory and a secretariat token. Every (signatory, quarter) with a shipped report is filed once
first (its shipped report, `submitted:` dropped); those answered 200/201 make the rotation.
Then for each client count C: N/len(counts) filings in chunks of --chunk, each chunk one wrk run
of C connections filing (scripts/serve-bench.lua) while wrk reads `GET /api/v1/summary` on 2
connections and `GET /api/v1/status` on 1 for the whole chunk. Prints, per chunk: filings/s,
p50/p99 of each kind, server CPU, machine load and the server's RSS; then RSS before and after.
wrk is C on epoll: it costs the server's 2 cores little, where a Python generator took a share.
This script only waits while wrk runs."""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "Serve"))
from servelib import Server, report_body, NO_QUOTA  # noqa: E402

LUA = os.path.join(HERE, "serve-bench.lua")
RESULT = re.compile(r"RESULT \S+ requests=(\d+) seconds=([\d.]+) p50=([\d.]+) p90=([\d.]+) p99=([\d.]+) "
                    r"max=([\d.]+) errors=(\d+)")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy():
    values = [int(v) for v in open("/proc/stat").readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def lua_string(text):
    """A Lua long string holding `text` exactly (a level no line of it closes)."""
    level = 0
    while ("]" + "=" * level + "]") in text:
        level += 1
    # A long string drops a newline right after its opening bracket: start with one of our own.
    return "[" + "=" * level + "[\n" + text + "]" + "=" * level + "]"


def prepare(server):
    """The rotation: every shipped (signatory, quarter) a first filing accepted."""
    reports = os.path.join(server.root, "reports")
    items, refused = [], []
    tokens = {}
    for quarter in sorted(os.listdir(reports)):
        for name in sorted(os.listdir(os.path.join(reports, quarter))):
            signatory = name[:-5]
            if signatory not in tokens:
                tokens[signatory] = server.add_account(signatory)
            body = report_body(signatory, quarter)
            path = f"/api/v1/reports/{quarter}/{signatory}"
            status, _, _ = server.request("PUT", path, body=body, token=tokens[signatory],
                                          content_type="application/yaml")
            (items if status in (200, 201) else refused).append((path, tokens[signatory], body, status))
    return items, refused


def write_data(path, items, secretariat):
    with open(path, "w", encoding="utf-8") as out:
        out.write("return {\n  secretariat = " + lua_string(secretariat) + ",\n  items = {\n")
        for item_path, token, body, _ in items:
            out.write(f"    {{ path = {lua_string(item_path)}, token = {lua_string(token)}, body = {lua_string(body)} }},\n")
        out.write("  },\n}\n")


def wrk(url, connections, seconds, *args):
    return subprocess.Popen(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", LUA, url, "--", *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def result(process, out=""):
    out += process.communicate(timeout=120)[0]
    match = RESULT.search(out)
    if not match:
        raise RuntimeError("wrk gave no result:\n" + out)
    requests, seconds, p50, _, p99, _, errors = match.groups()
    return int(requests), float(seconds), float(p50), float(p99), int(errors)


def chunk(server, url, data, clients, filings):
    pid = server.process.pid
    cpu, busy = cpu_seconds(pid), machine_busy()
    readers = [wrk(url, 2, 900, "read", data, "/api/v1/summary"), wrk(url, 1, 900, "read", data, "/api/v1/status")]
    filer = wrk(url, clients, 900, "file", data, str(filings))
    # The filer prints LIMIT once its count is answered; interrupted then, it reports at once.
    seen = ""
    for line in filer.stdout:
        seen += line
        if line.strip() == "LIMIT":
            break
    filer.send_signal(signal.SIGINT)
    filed = result(filer, seen)
    for reader in readers:
        reader.send_signal(signal.SIGINT)
    reads = [result(reader) for reader in readers]
    cpu = cpu_seconds(pid) - cpu
    busy = [after - before for after, before in zip(machine_busy(), busy)]
    return filed, reads, cpu / filed[1], busy[0] / busy[1], rss_mib(pid)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--filings", type=int, default=10_000)
    parser.add_argument("--clients", default="32,64")
    parser.add_argument("--chunk", type=int, default=2500)
    arguments = parser.parse_args()
    counts = [int(c) for c in arguments.clients.split(",")]
    server = Server(arguments.binary)
    try:
        secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")
        server.start(args=NO_QUOTA)
        url = f"http://127.0.0.1:{server.port}"
        items, refused = prepare(server)
        print(f"serve-bench: {len(items)} (signatory, quarter) reports in the rotation "
              f"({len(refused)} refused: {', '.join(f'{p} {s}' for p, _, _, s in refused) or 'none'})")
        data = os.path.join(server.workdir, "bench-data.lua")
        write_data(data, items, secretariat)
        server.request("GET", "/api/v1/summary", token=secretariat)
        server.request("GET", "/api/v1/status", token=secretariat)
        before = rss_mib(server.process.pid)
        print(f"serve-bench: RSS after the first filings, before the load: {before:.1f} MiB")
        print(f"{'clients':>7} {'filed':>6} {'per s':>6} {'p50':>6} {'p99':>6} {'err':>4} | "
              f"{'sum/s':>6} {'p50':>6} {'p99':>6} | {'stat/s':>6} {'p50':>6} {'p99':>6} | "
              f"{'srv CPU':>7} {'machine':>7} {'RSS MiB':>7}")
        total = 0
        for clients in counts:
            left = arguments.filings // len(counts)
            while left > 0:
                count = min(arguments.chunk, left)
                left -= count
                filed, reads, cpu, busy, rss = chunk(server, url, data, clients, count)
                total += filed[0]
                (summary, status) = reads
                print(f"{clients:>7} {filed[0]:>6} {filed[0] / filed[1]:>6.0f} {filed[2]:>6.1f} {filed[3]:>6.1f} "
                      f"{filed[4]:>4} | {summary[0] / summary[1]:>6.0f} {summary[2]:>6.1f} {summary[3]:>6.1f} | "
                      f"{status[0] / status[1]:>6.0f} {status[2]:>6.1f} {status[3]:>6.1f} | "
                      f"{cpu:>7.0%} {busy:>7.0%} {rss:>7.1f}", flush=True)
        after = rss_mib(server.process.pid)
        state = os.path.join(server.state, "state.sqlite")
        size = sum(os.path.getsize(state + suffix) for suffix in ("", "-wal") if os.path.exists(state + suffix))
        print(f"serve-bench: latencies in ms; srv CPU = server CPU over the chunk's time (100% = one core), machine = all CPUs busy (server, wrk, others)")
        print(f"serve-bench: RSS {before:.1f} MiB before, {after:.1f} MiB after {total} filings "
              f"({after - before:+.1f} MiB); state.sqlite(+wal) {size / 2**20:.1f} MiB on disk")
        # Stopped first (SIGTERM answers the filings still in flight when wrk was interrupted):
        # a receipt committed whose file is not yet written is a filing under way, not a fault.
        server.stop()
        verify = server.run("audit", "verify", server.root, "--state", server.state, check=False)
        lines = (verify.stdout + verify.stderr).strip().splitlines()
        print("serve-bench: audit verify: " + ("\n  ".join(lines) if verify.returncode else lines[-1]))
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
