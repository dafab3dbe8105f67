#!/usr/bin/env python3
"""Load benchmark of `komitmen serve` with a Python load generator (`scripts/serve-bench.sh --python`;
the main path is wrk: scripts/serve-bench-wrk.py). Standard library only.

    python3 scripts/serve-bench.py KOMITMEN_BINARY [--filings N] [--clients 32,64]

A copy of commitments/, one token per shipped signatory (`komitmen accounts add`) and a
secretariat token. For each client count C in turn: C clients file their signatory's report of
its latest shipped quarter (client i for signatory i mod 44, a fresh narrative comment each time, keep-alive
connections) until N/len(counts) filings are answered, while 2 clients read
`GET /api/v1/summary` and 1 reads `GET /api/v1/status` the whole time. Prints p50/p99 and
throughput for each, and the server's RSS before the first filing and after each phase."""

import argparse
import http.client
import multiprocessing
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "Serve"))
from servelib import Server, latest_quarter, report_body, NO_QUOTA  # noqa: E402

PROCESSES = 4  # clients are spread over processes so one interpreter's lock does not queue them


def has_report(signatory):
    try:
        latest_quarter(signatory)
        return True
    except StopIteration:
        return False


def cpu_seconds(pid):
    """User + system CPU time of a process so far."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy():
    """(busy, total) jiffies of all CPUs so far, from /proc/stat."""
    values = [int(v) for v in open("/proc/stat").readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def client_group(port, jobs, quota, stop, results):
    """Runs `jobs` (kind, signatory, token) as threads in this process; filing jobs share `quota`."""
    def run(kind, signatory, token, number):
        latencies, errors, count = [], 0, 0
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        quarter = latest_quarter(signatory) if kind == "file" else None
        base = report_body(signatory, quarter) if kind == "file" else None
        while not stop.is_set():
            if kind == "file":
                with quota.get_lock():
                    if quota.value <= 0:
                        break
                    quota.value -= 1
                body = (base + f"# bench {os.getpid()} {number} {count}\n").encode()
                method, path = "PUT", f"/api/v1/reports/{quarter}/{signatory}"
                headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/yaml"}
            else:
                method, path, body = "GET", f"/api/v1/{kind}", None
                headers = {"Authorization": f"Bearer {token}"}
            count += 1
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status in (200, 201)
                if not ok and errors < 3:
                    print(f"serve-bench: {method} {path} answered {response.status}", file=sys.stderr)
            except Exception as error:  # noqa: BLE001 - any failure is counted, the client goes on
                if errors < 3:
                    print(f"serve-bench: {method} {path}: {error!r}", file=sys.stderr)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            elapsed = time.perf_counter() - started
            if ok:
                latencies.append(elapsed)
            else:
                errors += 1
        conn.close()
        results.put((kind, latencies, errors))

    def guarded(kind, signatory, token, number):
        # The result is always sent: the main process counts the filing clients that ended.
        try:
            run(kind, signatory, token, number)
        except BaseException as error:
            print(f"serve-bench: a {kind} client failed: {error!r}", file=sys.stderr)
            results.put((kind, [], 1))

    threads = [threading.Thread(target=guarded, args=(*job, n)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def phase(server, clients, filings, tokens, secretariat):
    signatories = sorted(tokens)
    jobs = [("file", signatories[i % len(signatories)], tokens[signatories[i % len(signatories)]]) for i in range(clients)]
    jobs += [("summary", None, secretariat), ("summary", None, secretariat), ("status", None, secretariat)]
    quota = multiprocessing.Value("i", filings)
    stop = multiprocessing.Event()
    results = multiprocessing.Queue()
    groups = [jobs[i::PROCESSES] for i in range(PROCESSES)]
    processes = [multiprocessing.Process(target=client_group, args=(server.port, group, quota, stop, results)) for group in groups]
    started = time.perf_counter()
    for process in processes:
        process.start()
    collected = {"file": [], "summary": [], "status": []}
    errors = {"file": 0, "summary": 0, "status": 0}
    filers_left = clients
    readers = []
    while filers_left:
        kind, latencies, failed = results.get(timeout=900)
        collected[kind] += latencies
        errors[kind] += failed
        if kind == "file":
            filers_left -= 1
    elapsed = time.perf_counter() - started
    stop.set()
    for _ in range(len(jobs) - clients):
        kind, latencies, failed = results.get(timeout=120)
        collected[kind] += latencies
        errors[kind] += failed
        readers.append(kind)
    for process in processes:
        process.join()
    return elapsed, collected, errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--filings", type=int, default=10_000)
    parser.add_argument("--clients", default="32,64")
    arguments = parser.parse_args()
    counts = [int(c) for c in arguments.clients.split(",")]

    server = Server(arguments.binary)
    try:
        # Every shipped signatory with a shipped report to file again (one never reported: no
        # body of its own would pass its checks).
        tokens = {signatory: server.add_account(signatory) for signatory in server.signatories() if has_report(signatory)}
        secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")
        print(f"serve-bench: {len(tokens)} signatory accounts of {len(server.signatories())} and a secretariat account")
        server.start(args=NO_QUOTA)
        # One summary and one status first: what every server does once, not per filing.
        server.request("GET", "/api/v1/summary", token=secretariat)
        server.request("GET", "/api/v1/status", token=secretariat)
        before = rss_kib(server.process.pid)
        print(f"serve-bench: RSS before filing: {before / 1024:.1f} MiB")
        rows = []
        per_phase = arguments.filings // len(counts)
        for clients in counts:
            cpu, busy = cpu_seconds(server.process.pid), machine_busy()
            elapsed, collected, errors = phase(server, clients, per_phase, tokens, secretariat)
            cpu = cpu_seconds(server.process.pid) - cpu
            busy = [after - before for after, before in zip(machine_busy(), busy)]
            rss = rss_kib(server.process.pid)
            for kind in ("file", "summary", "status"):
                values = collected[kind]
                rows.append((clients, kind, len(values), errors[kind], len(values) / elapsed,
                             percentile(values, 0.5) * 1000, percentile(values, 0.99) * 1000))
            requests = sum(len(values) for values in collected.values())
            print(f"serve-bench: {clients} filing clients: {len(collected['file'])} filings in {elapsed:.1f} s; "
                  f"server CPU {cpu / elapsed:.0%} of one core ({cpu / requests * 1000:.1f} ms per request, all kinds); "
                  f"machine {busy[0] / busy[1]:.0%} busy (server, clients and anything else); RSS {rss / 1024:.1f} MiB")
        after = rss_kib(server.process.pid)
        print()
        print(f"{'clients':>7}  {'request':<16} {'answered':>8} {'errors':>6} {'per s':>8} {'p50 ms':>8} {'p99 ms':>8}")
        names = {"file": "PUT report", "summary": "GET summary", "status": "GET status"}
        for clients, kind, answered, failed, rate, p50, p99 in rows:
            print(f"{clients:>7}  {names[kind]:<16} {answered:>8} {failed:>6} {rate:>8.1f} {p50:>8.1f} {p99:>8.1f}")
        print()
        total = sum(row[2] for row in rows if row[1] == "file")
        print(f"serve-bench: RSS {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB after {total} filings "
              f"({(after - before) / 1024:+.1f} MiB)")
        verify = server.run("audit", "verify", server.root, "--state", server.state, check=False)
        print(f"serve-bench: audit verify: {(verify.stdout or verify.stderr).strip().splitlines()[-1]}")
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
