# Sourced by the browser checks: serves a copy of commitments/ with the built `komitmen` on a free
# loopback port, on a fixed day (2026-11-20: 2026-Q4 is open and due 2027-01-15, so a filing is on
# time), with a fresh state folder holding a clerk account for polda-ntt and a secretariat account.
#
#   serve_commitments KOMITMEN ARTIFACTS NAME
# sets: work (the copy's folder), clerk and secretariat (their tokens), base (http://127.0.0.1:PORT),
# server (its pid; stopped, and the copy removed, on exit). NAME prefixes the failure message.
serve_commitments() {
    local komitmen=$1 artifacts=$2 name=$3
    work=$(mktemp -d)
    server=""
    trap 'if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi; rm -rf "$work"' EXIT
    cp -R commitments "$work/commitments"
    export KOMITMEN_TODAY=2026-11-20
    clerk=$("$komitmen" accounts add polda-ntt "$work/commitments" --state "$work/state" 2> "$work/accounts.log")
    # A secretariat account names no ROOT (a second argument would be read as a signatory id).
    secretariat=$("$komitmen" accounts add --secretariat sekretariat-gugus-tugas --state "$work/state" 2>> "$work/accounts.log")
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    "$komitmen" serve "$work/commitments" --host 127.0.0.1 --port "$port" --state "$work/state" > "$artifacts/serve.log" 2>&1 &
    server=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do
        curl -fsS "$base/healthz" > /dev/null 2>&1 && return 0
        kill -0 "$server" 2> /dev/null || { cat "$artifacts/serve.log"; echo "$name: FAIL: the server stopped"; exit 1; }
        sleep 0.1
    done
    echo "$name: FAIL: the server did not answer /healthz"
    exit 1
}
