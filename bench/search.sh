#!/usr/bin/env bash
# Search latency at several corpus sizes: for each SIZE, starts the packaged app on its own embedded PostgreSQL in
# a separate data directory (never the app's default one), loads the generated corpus once, warms up, and prints
# p50/p95/p99 of typical queries. See bench/README.md.
# usage: bench/search.sh [SIZE ...]        (default: 1000 10000 100000)
# environment: BENCH_DIR (default /tmp/warnews-bench), WARMUP seconds (60), ROUNDS (30), SEARCH_PATH (/api/v1/search)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_dir=${BENCH_DIR:-/tmp/warnews-bench}
sizes=${*:-1000 10000 100000}
jar=$(ls target/war-news-reference-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/war-news-reference-*.jar | grep -v original | head -n 1)
fi
mkdir -p "$bench_dir"
# Pins a command to one CPU (exec, so that $! is the command itself and can be stopped by its pid).
pin() { if command -v taskset >/dev/null; then exec taskset -c "$@"; else shift; exec "$@"; fi; }

app=
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=; fi; }
trap stop_app EXIT

for size in $sizes; do
  pg_port=$(free_port 20000)
  http_port=$(free_port 30000)
  echo "== $size claims (data in $bench_dir/pg-$size, app on 127.0.0.1:$http_port pinned to CPU 1, client on CPU 0)"
  # The app and the PostgreSQL it starts share CPU 1; the client runs on CPU 0 (DESIGN.md, benchmark method).
  # The corpus is written once as editorial files; the app loads it on its first start (Flyway), as real sources.
  if [ ! -f "$bench_dir/sources-$size/.written" ]; then
    rm -rf "$bench_dir/sources-$size"
    bench/corpus.sh "$size" "$bench_dir/sources-$size"
    touch "$bench_dir/sources-$size/.written"
  fi
  (pin 1 java -jar "$jar" --server.address=127.0.0.1 --server.port="$http_port" --management.server.port=0 \
    --warnews.database.data-dir="$bench_dir/pg-$size" --warnews.database.port="$pg_port" \
    --warnews.sources.locations="classpath:db/sources/,file:$bench_dir/sources-$size/" \
    > "$bench_dir/app-$size.log" 2>&1) &
  app=$!
  for _ in $(seq 1 300); do
    if grep -q "Started WarNewsApplication" "$bench_dir/app-$size.log" 2>/dev/null \
      && curl -fs "http://127.0.0.1:$http_port/readyz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "the app did not start: see $bench_dir/app-$size.log" >&2; exit 1; fi
    sleep 1
  done
  (pin 0 java bench/SearchBench.java "http://127.0.0.1:$http_port" "${WARMUP:-60}" "${ROUNDS:-30}" "${SEARCH_PATH:-/api/v1/search}")
  stop_app
done
