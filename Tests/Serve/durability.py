#!/usr/bin/env python3
"""Durability of the served intake: a storm of filings from several clients, `kill -9` of the
server in the middle, then a restart; repeated ROUNDS times on the same ROOT and state folder.

    python3 Tests/Serve/durability.py KOMITMEN_BINARY [ROUNDS]     (default 20)

After each restart: every answered receipt is among the report's stored versions; each report's
file under ROOT matches its latest answered receipt's sha256 or a later version's (one filed but
not answered before the kill); no temporary file (`.*.tmp`) is left under ROOT; and
`komitmen audit verify` passes. Prints the rounds and the filings answered; exits 1 on a failure."""

import hashlib
import http.client
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import Server, report_body, NO_QUOTA  # noqa: E402

QUARTER = "2026-Q4"
SIGNATORIES = ["dprd-ntt", "mui-ntt", "polda-ntt", "kp2mi"]


def storm(server, tokens, secretariat, seconds, round_number):
    """Clients file until the server dies (or `seconds` pass); returns the answered receipts."""
    answered, unexpected, lock, stop = [], [], threading.Lock(), threading.Event()

    def client(number):
        rng = random.Random(round_number * 100 + number)
        conn = None
        count = 0
        while not stop.is_set():
            # Four clients file their own report; two file on behalf of any of them (contention).
            signatory = SIGNATORIES[number] if number < len(SIGNATORIES) else rng.choice(SIGNATORIES)
            token = tokens[signatory] if number < len(SIGNATORIES) else secretariat
            body = report_body(signatory, QUARTER, extra_narrative=f"round {round_number} client {number} filing {count}")
            count += 1
            try:
                conn = conn or http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
                status, _, data = server.request("PUT", f"/api/v1/reports/{QUARTER}/{signatory}", body=body, token=token,
                                                 content_type="application/yaml", connection=conn)
            except (OSError, http.client.HTTPException):
                if conn:
                    conn.close()
                conn = None
                if server.process.poll() is not None:
                    return
                continue
            if status in (200, 201):
                # The receipt as stored: a filing's answer also lists its warnings, which the
                # versions list does not repeat.
                answer = json.loads(data)
                receipt = {key: value for key, value in answer.items() if key not in ("warnings", "warnings_omitted")}
                with lock:
                    answered.append(receipt)
            else:
                with lock:
                    unexpected.append(f"{signatory}: answered {status}: {data[:300]!r}")
                return

    threads = [threading.Thread(target=client, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    server.kill()  # SIGKILL, mid-storm
    stop.set()
    for thread in threads:
        thread.join(30)
    return answered, unexpected


def check(server, answered, secretariat):
    problems = []
    latest = {}
    for receipt in answered:
        key = receipt["signatory"]
        if receipt["version"] > latest.get(key, {"version": 0})["version"]:
            latest[key] = receipt
    for signatory in SIGNATORIES:
        status, _, data = server.request("GET", f"/api/v1/reports/{QUARTER}/{signatory}/versions", token=secretariat)
        if status != 200:
            problems.append(f"{signatory}: versions answered {status}")
            continue
        versions = {v["version"]: v for v in json.loads(data)["versions"]}
        for receipt in (r for r in answered if r["signatory"] == signatory):
            stored = versions.get(receipt["version"])
            if stored != receipt:
                problems.append(f"answered receipt {receipt['receipt']} is not stored as answered: {stored}")
        path = os.path.join(server.root, "reports", QUARTER, signatory + ".yaml")
        if signatory not in latest and not os.path.exists(path):
            continue
        try:
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        except OSError as error:
            problems.append(f"{signatory}: {error}")
            continue
        floor = latest.get(signatory, {"version": 0})["version"]
        allowed = {v["sha256"] for n, v in versions.items() if n >= floor}
        if digest not in allowed:
            problems.append(f"{path} (sha256 {digest[:12]}) matches neither receipt v{floor} nor a later version")
        if versions and digest != versions[max(versions)]["sha256"]:
            problems.append(f"{path} is not the latest stored version v{max(versions)}")
    for folder, _, files in os.walk(server.root):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                problems.append(f"temporary file left: {os.path.join(folder, name)}")
    verify = server.run("audit", "verify", server.root, "--state", server.state, check=False)
    if verify.returncode != 0:
        problems.append("audit verify failed: " + verify.stderr.strip()[:800])
    return problems


def main():
    binary = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    server = Server(binary)
    failed = False
    total = 0
    try:
        tokens = {signatory: server.add_account(signatory) for signatory in SIGNATORIES}
        secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")
        rng = random.Random(11)
        started = time.monotonic()
        server.start(args=NO_QUOTA)
        for round_number in range(1, rounds + 1):
            answered, unexpected = storm(server, tokens, secretariat, rng.uniform(0.6, 1.6), round_number)
            total += len(answered)
            server.start(args=NO_QUOTA)  # the restart finishes any write the kill interrupted
            problems = unexpected + check(server, answered, secretariat)
            print(f"durability: round {round_number}: {len(answered)} filings answered before kill -9"
                  + ("" if not problems else f"; {len(problems)} problem(s)"))
            for problem in problems:
                print(f"durability: FAIL  {problem}")
            failed = failed or bool(problems)
            if failed:
                break
        log = open(os.path.join(server.workdir, "serve.log"), errors="replace").read()
        print(f"durability: {round_number} rounds, {total} filings answered, "
              f"{'FAILED' if failed else 'every receipt held'} ({time.monotonic() - started:.0f} s); at restarts the server "
              f"finished {log.count('finished an interrupted write')} interrupted write(s) and removed "
              f"{log.count('removed a temporary file')} temporary file(s)")
    finally:
        server.kill()
        if failed:
            print(f"durability: kept {server.workdir}")
        else:
            server.cleanup()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
