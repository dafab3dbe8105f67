#!/usr/bin/env bash
# Captures the real answers that docs/openapi.yaml shows as examples.
#
#   scripts/openapi-examples.sh [OUT_DIR]      (default OUT_DIR: .build-openapi-examples)
#
# Builds komitmen (debug, the default scratch path), serves a COPY of commitments/ with a fresh
# state folder on a free loopback port with KOMITMEN_TODAY=2026-11-20, makes a signatory and a
# secretariat account, then files, replaces, reviews and reads through every JSON route and writes
# each answer to OUT_DIR/<name>.json (status line first in OUT_DIR/<name>.status). The examples in
# docs/openapi.yaml were pasted from one such run (tokens, times and hashes differ per run);
# re-run it and paste again when an answer's shape changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build-openapi-examples}
mkdir -p "$out"
cd "$root"
swift build --product komitmen > "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
komitmen=$(swift build --show-bin-path)/komitmen

python3 - "$komitmen" "$out" <<'PY'
import json, os, sys
sys.path.insert(0, "Tests/Serve")
from servelib import Server, report_body

binary, out = sys.argv[1:3]
server = Server(binary)
try:
    dprd = server.add_account("dprd-ntt")
    mui = server.add_account("mui-ntt")
    secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")
    server.start()
    body = open("Tests/Serve/example-report.yaml").read()

    def capture(name, method, path, token=None, data=None, kind=None, **kw):
        status, headers, answer = server.request(method, path, body=data, token=token, content_type=kind, **kw)
        open(os.path.join(out, name + ".status"), "w").write(f"{status} {headers.get('content-type', '')}\n")
        open(os.path.join(out, name + ".json"), "wb").write(answer)
        print(f"--- {name}: {method} {path} -> {status}")
        print(answer.decode(errors="replace")[:1500])

    capture("receipt-201", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd, body, "application/yaml")
    capture("receipt-200", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd, body.replace("lewat API", "lewat API, diperbaiki"),
            "application/yaml")
    capture("versions-200", "GET", "/api/v1/reports/2026-Q4/dprd-ntt/versions", dprd)
    capture("invalid-422", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd,
            body.replace("complaints_received: 16", "complaints_received: 1.234"), "application/yaml")
    capture("review-200", "PUT", "/api/v1/reviews/2026-Q4/dprd-ntt", secretariat,
            json.dumps({"state": "approved", "comment": "Lengkap dan tepat waktu."}), "application/json")
    capture("locked-409", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd, body, "application/yaml")
    capture("bad-400", "GET", "/api/v1/reports/2026-q4/dprd-ntt", dprd)
    capture("unauthorized-401", "GET", "/api/v1/reports/2026-Q4/dprd-ntt", "kmt_not-a-token")
    capture("forbidden-403", "GET", "/api/v1/reports/2026-Q4/dprd-ntt", mui)
    capture("not-found-404", "GET", "/api/v1/reports/2026-Q4/dprd-nt", secretariat)
    capture("too-large-413", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd, "x", "application/yaml",
            headers={"Content-Length": str(2 << 20)})
    capture("unsupported-415", "PUT", "/api/v1/reports/2026-Q4/dprd-ntt", dprd, body, "text/plain")
    capture("status-200", "GET", "/api/v1/status", secretariat)
    capture("audit-200", "GET", "/api/v1/audit?after=5", secretariat)
    capture("summary-200", "GET", "/api/v1/summary?quarter=2026-Q3", secretariat)
    for n in range(10):
        server.request("GET", "/api/v1/status", token=f"kmt_guess{n}")
    capture("too-many-429", "GET", "/api/v1/status", secretariat)
finally:
    server.cleanup()
PY
echo "openapi-examples: answers in $out"
