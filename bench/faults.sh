#!/usr/bin/env bash
# Fault drills on the packaged app and its embedded PostgreSQL, on 127.0.0.1 only (app on CPU 1, clients on CPU 0):
#   freeze    the whole database cluster stopped (SIGSTOP) for 15 s under load, then resumed
#   kill      the database's postmaster killed (SIGKILL) under load: the app must restart it and recover
#   restart   the app killed (SIGKILL) and started again, ten times in a row (its database outlives it each time)
#   slow      a wave of slow clients, each sending a header line every 5 s and never finishing
#   flood     10 000 hostile requests (long unknown addresses, refused methods, malformed input)
# Each prints: requests, status counts, max latency, log bytes written, RSS before and after. Targets: no 500 in
# any drill, every restart succeeds, under 100 KB of log for the 10 000 hostile requests. Every loop is bounded;
# everything started is stopped at the end.
#
# usage: bench/faults.sh [DRILL ...]   (default: all five, in the order above)
# environment: BENCH_DIR (/tmp/warnews-bench-faults), CONNECTIONS (8), NO_BUILD (1: use the jar in target/ as it is),
#              JAVA_OPTS (JVM options for the app; default: the README's footprint options)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
claims=0
bench_dir=${BENCH_DIR:-/tmp/warnews-bench-faults}
drills=("$@")
[ ${#drills[@]} -gt 0 ] || drills=(freeze kill restart slow flood)
for tool in wrk taskset curl python3; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

bench_setup
log="$bench_dir/app.log"
postmaster() { head -n 1 "$data_dir/postmaster.pid" 2>/dev/null || true; }
frozen=
cleanup() {
  if [ -n "$frozen" ]; then kill -CONT $frozen 2>/dev/null || true; fi
  stop_app
  # A drill may leave the database without its app (restart kills the app): stop it by its own pid file.
  local pid
  pid=$(postmaster)
  if [ -n "$pid" ]; then kill -INT "$pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

rm -rf "$data_dir"
start_app "$log"
echo "== fault drills; app on $base (CPU 1), first 200 after $(first_200_ms) ms; database on port $pg_port"
printf '%-8s %9s  %-34s %8s %10s %11s  %s\n' drill requests statuses max_ms log_bytes rss_mb note

# wrk with a script that asks for new addresses (none from the page cache: every request needs the database); statuses
# counted and printed by bench/statuses.lua: "requests N rps R statuses S max_ms M".
cat > "$bench_dir/uncached.lua" <<'LUA'
function init(args) codes = {}; n = 0 end
function request()
  n = n + 1
  local paths = { "/search?q=drone+" .. n, "/api/v1/search?q=troops+" .. n, "/topics/drones?page=1&n=" .. n }
  return wrk.format("GET", paths[n % 3 + 1])
end
dofile("bench/statuses.lua")
LUA

# row DRILL RESULT_LINE LOG_BYTES RSS_BEFORE NOTE
row() {
  local requests statuses max_ms
  requests=$(echo "$2" | sed -n 's/^requests \([0-9]*\).*/\1/p')
  statuses=$(echo "$2" | sed -n 's/.*statuses \(.*\) max_ms.*/\1/p' | sed 's/,$//')
  max_ms=$(echo "$2" | sed -n 's/.*max_ms \([0-9]*\).*/\1/p')
  printf '%-8s %9s  %-34s %8s %10s %11s  %s\n' "$1" "$requests" "$statuses" "$max_ms" "$3" "$4→$(rss_mb "$app")" "$5"
}

log_size() { stat -c %s "$log"; }

# Load for SECONDS while FAULT runs after 5 s; prints wrk's line.
under_load() {
  local seconds=$1 fault=$2 out="$bench_dir/wrk.out"
  taskset -c 0 wrk -t1 -c"${CONNECTIONS:-8}" -d"${seconds}s" --timeout 40s -s "$bench_dir/uncached.lua" "$base" > "$out" 2>&1 &
  local load=$!
  sleep 5
  $fault
  wait "$load"
  grep '^requests ' "$out"
}

# Seconds until an uncached page answers 200 again (at most 60).
recovery_s() {
  local started n=0
  started=$(now_ms)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=recovered+$n")" = 200 ]; do
    n=$((n + 1))
    if [ $(($(now_ms) - started)) -gt 60000 ]; then echo "not within 60 s"; return; fi
    sleep 0.2
  done
  echo "$(( ($(now_ms) - started) / 1000 )) s"
}

freeze_database() {
  frozen="$(postmaster) $(pgrep -P "$(postmaster)" | xargs)"
  # shellcheck disable=SC2086
  kill -STOP $frozen
  sleep 15
  # shellcheck disable=SC2086
  kill -CONT $frozen
  frozen=
}

kill_database() { kill -9 "$(postmaster)"; }

drill_load() {
  local name=$1 fault=$2 bytes rss result
  bytes=$(log_size); rss=$(rss_mb "$app")
  result=$(under_load 30 "$fault")
  row "$name" "$result" $(($(log_size) - bytes)) "$rss" "back to 200: $(recovery_s)"
}

drill_restart() {
  local bytes rss ok=0 times=() started ms
  bytes=$(log_size); rss=$(rss_mb "$app")
  for run in $(seq 10); do
    kill -9 "$app"
    wait "$app" 2>/dev/null || true
    start_app "$log.$run"
    if ms=$(first_200_ms); then ok=$((ok + 1)); times+=("$ms"); fi
  done
  log="$log.10"
  local line="requests 10 statuses started=$ok,failed=$((10 - ok)) max_ms $(printf '%s\n' "${times[@]:-0}" | sort -n | tail -n 1)"
  row restart "$line" "$(cat "$bench_dir"/app.log.* | wc -c)" "$rss" "median start $(median "${times[@]:-0}") ms"
  rm -f "$bench_dir"/app.log.[1-9]
}

drill_slow() {
  local bytes rss result
  bytes=$(log_size); rss=$(rss_mb "$app")
  result=$(taskset -c 0 python3 bench/hostile.py slow "$http_port" 300 90)
  row slow "$(echo "$result" | head -n 1)" $(($(log_size) - bytes)) "$rss" "$(echo "$result" | tail -n 1)"
}

drill_flood() {
  local bytes rss result
  bytes=$(log_size); rss=$(rss_mb "$app")
  result=$(taskset -c 0 python3 bench/hostile.py flood "$http_port" 10000)
  row flood "$result" $(($(log_size) - bytes)) "$rss" "target: under 100000 log bytes"
}

for drill in "${drills[@]}"; do
  case $drill in
    freeze) drill_load freeze freeze_database ;;
    kill) drill_load kill kill_database ;;
    restart) drill_restart ;;
    slow) drill_slow ;;
    flood) drill_flood ;;
    *) echo "unknown drill: $drill" >&2; exit 2 ;;
  esac
done
