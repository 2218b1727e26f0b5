#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the store tests and prints its JDBC URL.
# Installs the server from Debian's packages when it is missing (as root).
# With SITREP_PG_STARTED naming a file, a server this script starts (and only such a one) is recorded
# there; `postgres.sh stop FILE` stops the server FILE records, if any. A server that was already
# running is left alone.
set -euo pipefail
if [ "${1:-}" = stop ]; then
  record=${2:?usage: postgres.sh stop FILE}
  [ -s "$record" ] || exit 0
  read -r bin data < "$record"
  su postgres -c "$bin/pg_ctl -D $data -m fast -w stop >/dev/null" \
    || { echo "postgres.sh: could not stop the PostgreSQL server in $data" >&2; exit 1; }
  : > "$record"
  exit 0
fi
port=${SITREP_PG_PORT:-54329}
dir=${SITREP_PG_DIR:-/tmp/sitrep-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; })
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostGIS for the server's major version: the store indexes places with it when it is there
major=$(basename "$(dirname "$bin")")
if [ ! -f "/usr/share/postgresql/$major/extension/postgis.control" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "postgresql-$major-postgis-3" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q "postgresql-$major-postgis-3" >/dev/null; } \
    || echo "postgres.sh: PostGIS for PostgreSQL $major could not be installed; the store tests use plain indexes" >&2
fi
if ! "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q 2>/dev/null; then
  rm -rf "$dir" && mkdir -p "$dir" && chown postgres:postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres >/dev/null"
  su postgres -c "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on' -l $dir/log -w start >/dev/null"
  if [ -n "${SITREP_PG_STARTED:-}" ]; then echo "$bin $dir/data" > "$SITREP_PG_STARTED"; fi
fi
su postgres -c "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='sitrep_test'\"" | grep -q 1 \
  || su postgres -c "$bin/createdb -h 127.0.0.1 -p $port -U postgres sitrep_test"
echo "jdbc:postgresql://127.0.0.1:$port/sitrep_test?user=postgres"
