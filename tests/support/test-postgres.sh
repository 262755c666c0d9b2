#!/usr/bin/env bash
# A throwaway PostgreSQL server for one ctest run (the fixture `postgres` in tests/CMakeLists.txt):
#   test-postgres.sh start <state-dir>   initdb + pg_ctl start; writes <state-dir>/server.env
#   test-postgres.sh stop <state-dir>    stops it and removes its files
# The server listens only on a Unix socket in a fresh folder under /tmp (short enough for the
# socket path limit, and no port to collide with another run on the same machine). initdb refuses
# to run as root, so as root the server runs as `nobody` over a folder it owns.
# Tests read server.env: RINGBACK_TEST_PG_HOST (the socket folder), _PORT and _USER.
set -euo pipefail

command=${1:?usage: test-postgres.sh start|stop <state-dir>}
state_dir=${2:?usage: test-postgres.sh start|stop <state-dir>}
env_file="$state_dir/server.env"

pg_bin=${RINGBACK_PG_BIN:-}
if [ -z "$pg_bin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && pg_bin=$candidate
    done
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    [ -f "$env_file" ] || return 0
    # shellcheck disable=SC1090
    source "$env_file"
    if [ -n "${RINGBACK_TEST_PG_DIR:-}" ] && [ -d "$RINGBACK_TEST_PG_DIR" ]; then
        # A test that stopped the server (SIGSTOP) and failed before resuming it: resume it first.
        local pid
        pid=$(head -n 1 "$RINGBACK_TEST_PG_DIR/data/postmaster.pid" 2>/dev/null || true)
        if [ -n "$pid" ]; then
            kill -CONT "$pid" 2>/dev/null || true
            pkill -CONT -P "$pid" 2>/dev/null || true
        fi
        (cd "$RINGBACK_TEST_PG_DIR" &&
            as_server_user "$pg_bin/pg_ctl" -D "$RINGBACK_TEST_PG_DIR/data" -m immediate -w stop) \
            >/dev/null 2>&1 || true
        rm -rf "$RINGBACK_TEST_PG_DIR"
    fi
    rm -f "$env_file"
}

start_server() {
    if [ -z "$pg_bin" ]; then
        echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)." >&2
        echo "Run scripts/dev.sh setup, or: apt-get install postgresql" >&2
        exit 1
    fi
    mkdir -p "$state_dir"
    stop_server # a run that was interrupted may have left one behind
    local dir
    dir=$(mktemp -d /tmp/ringback-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    cd "$dir"
    as_server_user "$pg_bin/initdb" -D "$dir/data" -U ringback -A trust -E UTF8 --no-locale \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # The test user needs no password; any other role must give its own (tests of a wrong one).
    printf 'local all ringback trust\nlocal all all scram-sha-256\n' >"$dir/data/pg_hba.conf"
    # Durability is not what these tests check: no fsync makes the many small commits fast.
    if ! as_server_user "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses= -k $dir -p 5432 -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB" >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    cat >"$env_file" <<EOF
RINGBACK_TEST_PG_DIR=$dir
RINGBACK_TEST_PG_HOST=$dir
RINGBACK_TEST_PG_PORT=5432
RINGBACK_TEST_PG_USER=ringback
EOF
    echo "PostgreSQL test server on $dir (socket), log in $dir/server.log"
}

case "$command" in
    start) start_server ;;
    stop) stop_server ;;
    *) echo "usage: test-postgres.sh start|stop <state-dir>" >&2; exit 64 ;;
esac
