#!/usr/bin/env bash
# Runs CMD… with a throwaway PostgreSQL cluster: initdb in a temporary folder (LC_CTYPE C.UTF-8, so pg_trgm makes
# trigrams of Chinese text; see docs/ARCHITECTURE.md), pg_ctl start on a free port of 127.0.0.1 and a Unix socket in
# that folder, then CMD with the connection in the environment:
#   ZHIZAO_TEST_POSTGRES=postgres://zhizao@127.0.0.1:PORT/postgres   (the ZhizaoPostgres tests read it)
#   PGHOST, PGPORT, PGUSER, PGDATABASE                                 (psql, pgbench)
# The cluster is stopped and its folder removed when CMD ends, whether it succeeds or fails; CMD's exit status is
# the script's. Needs PostgreSQL's server binaries (Debian: apt-get install postgresql) with pg_trgm.
# As root (CI) the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
# ZHIZAO_PG_SERVER_OPTIONS adds server options (`-c name=value …`; scripts/bench-postgres.sh sets memory and WAL sizes).
# Usage: scripts/with-postgres.sh swift test
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 CMD [ARG…]" >&2; exit 2; }

bin=$(dirname "$(command -v initdb 2>/dev/null || true)")
if [ ! -x "$bin/pg_ctl" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
[ -x "$bin/initdb" ] || { echo "with-postgres: no initdb found; install PostgreSQL (apt-get install postgresql)" >&2; exit 1; }

folder=$(mktemp -d /tmp/zhizao-pg.XXXXXX)
as_server=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$folder"
    as_server=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

child=
stop() {
    trap '' TERM INT  # a second signal must not cut the clean-up short
    [ -z "$child" ] || kill "$child" 2>/dev/null || true
    "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

"${as_server[@]}" "$bin/initdb" -D "$folder/data" -U zhizao --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=200 ${ZHIZAO_PG_SERVER_OPTIONS:-}" start >/dev/null \
    || { cat "$folder/server.log" >&2; exit 1; }

export ZHIZAO_TEST_POSTGRES="postgres://zhizao@127.0.0.1:$port/postgres"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=zhizao PGDATABASE=postgres
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $ZHIZAO_TEST_POSTGRES (socket in $folder)"
# CMD runs in the background so that a TERM or INT reaches the traps at once (and CMD through stop).
"$@" &
child=$!
set +e
wait "$child"
status=$?
set -e
child=
exit $status
