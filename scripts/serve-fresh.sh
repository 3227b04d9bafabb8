# Sourced by the check scripts: `serve_fresh BINARY DB` starts `BINARY serve` on DB on a free port ($PORT when
# set), waits until it answers, and stops it when the script exits. Sets $port and $base; the caller's trap cleanup
# may use $server.
# $SERVE_WRAPPER, when set, runs before the binary (e.g. `taskset -c 0`); $SERVE_TRIES tries 0.2 s apart (default 100).
serve_fresh() {
    port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    base="http://127.0.0.1:$port"
    ${SERVE_WRAPPER:-} "$1" serve --db "$2" --port "$port" --log-level warning &
    server=$!
    for _ in $(seq 1 "${SERVE_TRIES:-100}"); do
        curl -sf "$base/healthz" >/dev/null && return 0
        sleep 0.2
    done
    echo "the server did not start on port $port" >&2
    return 1
}
