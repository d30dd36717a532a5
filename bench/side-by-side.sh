#!/usr/bin/env bash
# Hearth beside the SQL peer on one canonical data folder, in one run, alternating (issue 15, item 4;
# docs/benchmarks.md). The peer is the Southampton plan written in SQL as an analyst would, kept outside
# the project (../shared/peers/sql-southampton); this script only times it.
#
#   bench/side-by-side.sh DATA_DIR [AS_OF] [ROUNDS]
#
# Each round runs, one after another: Hearth (`evaluate --plan southampton --format csv`: read, decide,
# write the decisions), DuckDB (load, keys, plan, export, through JDBC) and PostgreSQL 15 (a fresh
# cluster tuned as the peer's README says: load, indexes, analyse, plan, export). Prints each run's wall
# time and peak resident memory (for PostgreSQL, its clients' only: the server is not a child of the
# script), then the best of the rounds and the ratios (above 1: Hearth is faster).
#
# Environment: PEER (the peer's folder), ENGINES (default "hearth duckdb postgres"), JAVA_OPTS for Hearth
# (default -Xmx4g), HEARTH_ARGS (more options for Hearth's evaluate). Needs GNU time (Debian: time) and,
# for PostgreSQL, initdb and pg_ctl on the PATH (Debian: postgresql); run as root, the cluster runs as
# the postgres user.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$(cd "${1:?usage: bench/side-by-side.sh DATA_DIR [AS_OF] [ROUNDS]}" && pwd)
AS_OF=${2:-2019-03-31}
ROUNDS=${3:-2}
PEER=$(cd "${PEER:-$ROOT/../shared/peers/sql-southampton}" && pwd)
ENGINES=${ENGINES:-hearth duckdb postgres}
export JAVA_OPTS=${JAVA_OPTS:--Xmx4g}
[ -x /usr/bin/time ] || { echo "side-by-side: needs GNU time (/usr/bin/time; Debian package time)" >&2; exit 2; }
WORK=$(mktemp -d)
chmod 755 "$WORK"
PG_PORT=55433
cleanup() {
  if [ -f "$WORK/pg/postmaster.pid" ]; then as_postgres pg_ctl -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The peer was written against the format as it stood then: a copy of it, its schema given any column the
# folder's files have that it lacks (as text, loaded and not read), so that it loads the same bytes as Hearth.
cp -r "$PEER" "$WORK/peer"
PEER="$WORK/peer"
python3 - "$PEER/schema.sql" "$DIR" <<'PY'
import csv, pathlib, re, sys
schema_file, folder = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
schema = schema_file.read_text()
added = []
for table, body in re.findall(r'CREATE TABLE (\w+)\s*\((.*?)\);', schema, re.S | re.I):
    columns = {line.split()[0].strip(',') for line in body.splitlines() if line.strip() and not line.strip().startswith('--')}
    data = folder / (table + '.csv')
    if data.exists():
        with data.open(newline='') as f:
            header = next(csv.reader(f), [])
        added += ['ALTER TABLE %s ADD COLUMN %s text;' % (table, c) for c in header if c not in columns]
schema_file.write_text(schema + '\n' + '\n'.join(added) + '\n')
print('peer schema: ' + (' '.join(added) or 'as written'), file=sys.stderr)
PY

# Everything built and fetched outside the timing.
(cd "$ROOT" && ./hearth --version >/dev/null)
if [[ " $ENGINES " == *" duckdb "* ]]; then
  (cd "$ROOT" && ./mvnw -q -B dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:1.5.6.0 -DoutputDirectory="$WORK/lib" >/dev/null)
  DUCK_JAR=$(ls "$WORK"/lib/duckdb_jdbc-*.jar)
  javac -cp "$DUCK_JAR" -d "$WORK/cls" "$PEER/RunDuckDb.java"
fi
if [[ " $ENGINES " == *" postgres "* ]]; then
  mkdir -m 700 "$WORK/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; chmod 777 "$WORK"; fi # the server's socket goes in $WORK
  as_postgres initdb -D "$WORK/pg" -U postgres --auth=trust >/dev/null
  cat >> "$WORK/pg/postgresql.conf" <<CONF
shared_buffers = 4GB
work_mem = 256MB
maintenance_work_mem = 1GB
max_parallel_workers_per_gather = 2
fsync = off
synchronous_commit = off
full_page_writes = off
jit = off
random_page_cost = 1.1
listen_addresses = ''
unix_socket_directories = '$WORK'
port = $PG_PORT
CONF
  as_postgres pg_ctl -D "$WORK/pg" -l "$WORK/pg.log" -w start >/dev/null
  export PGHOST=$WORK PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=hearth
  createdb hearth
fi

# One timed run: wall seconds and peak resident MB of the command (and its children, for the scripts).
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || {
    echo "$name failed; its output:" >&2; tail -20 "$WORK/$name.log" >&2; exit 1; }
  read -r secs kb < <(tail -1 "$WORK/$name.time")
  echo "$secs $((kb / 1024))"
}
run_hearth() {
  timed hearth "$ROOT/hearth" evaluate --plan southampton --data "$DIR" --as-of "$AS_OF" --format csv \
    --out "$WORK/hearth.csv" ${HEARTH_ARGS:-}
}
run_duckdb() {
  rm -rf "$WORK/duck"
  timed duckdb java -Xmx4g -Dsqlpeer.dir="$PEER" -cp "$DUCK_JAR:$WORK/cls" RunDuckDb "$DIR" "$AS_OF" "$WORK/duck" "$(nproc)"
}
run_postgres() {
  mkdir -p "$WORK/pgout" && chmod 777 "$WORK/pgout"
  timed postgres bash -c "'$PEER/load.sh' '$DIR' && psql -X -q -v ON_ERROR_STOP=1 -v as_of=$AS_OF -f '$PEER/plan_southampton.sql' \
    && psql -X -q -v ON_ERROR_STOP=1 -v out='$WORK/pgout' -f '$PEER/export.sql'"
}

echo "data $DIR: $(du -sh "$DIR" | cut -f1), $(cat "$DIR"/*.csv | wc -l) lines; as of $AS_OF; $(nproc) cores;" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); Hearth at $(cd "$ROOT" && git rev-parse --short HEAD)"
declare -A best best_mb
for r in $(seq 1 "$ROUNDS"); do
  line="round $r:"
  for engine in $ENGINES; do
    read -r secs mb < <("run_$engine")
    line="$line $engine ${secs} s (${mb} MB)"
    if [ -z "${best[$engine]:-}" ] || python3 -c "import sys; sys.exit(0 if $secs < ${best[$engine]} else 1)"; then
      best[$engine]=$secs; best_mb[$engine]=$mb
    fi
  done
  echo "$line"
done
summary="best of $ROUNDS:"
for engine in $ENGINES; do summary="$summary $engine ${best[$engine]} s (${best_mb[$engine]} MB)"; done
echo "$summary"
if [ -n "${best[hearth]:-}" ]; then
  for engine in $ENGINES; do
    [ "$engine" = hearth ] && continue
    python3 -c "print('$engine / hearth: %.2f' % (${best[$engine]} / ${best[hearth]}))"
  done
fi
