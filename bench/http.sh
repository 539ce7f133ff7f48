#!/usr/bin/env bash
# As fast as a static site? The app against nginx serving the identical HTML bytes, with DESIGN.md's method:
# the packaged app (and its embedded PostgreSQL) pinned to CPU 1, warmed up, then
# `taskset -c 0 wrk -t1 -c32 -d20s --latency` three times per page for the app and for nginx (also pinned to
# CPU 1); pages: home, a claim, a topic, a search (`search`, kept by the server after its first answer), the same
# search at a new address each time (`search-new`: rendered every time) and a claim's 304; prints the median req/s,
# p50 and p99 per page and the app/nginx ratio, the time to the first 200 (second
# start, data reused; plain and with the start cache), and the app's RSS after the load; then the table again as TSV, one
# line per page (also written to $BENCH_DIR/results.tsv).
#
# usage: bench/http.sh [CLAIMS]     CLAIMS generated claims to load first (default 100000; 0 = the first source only)
# environment: BENCH_DIR (/tmp/warnews-bench-http), WARMUP seconds (60), DURATION seconds per run (20), RUNS (3),
#              CONNECTIONS (32), JAVA_OPTS (JVM options for the app; default: the README's footprint options),
#              CDS (1: also time a start with the start cache of bin/start-cache.sh), CACHE_JAVA (the java for that
#              start; default Temurin 25 where present, as in the Docker image), NO_BUILD (1: use the jar in target/ as
#              it is), JAR (measure that jar), RUN_JAVA (the java for the other starts; default the one on the PATH),
#              PORTS (LOW-HIGH: the ports to use)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
claims=${1:-100000}
bench_dir=${BENCH_DIR:-/tmp/warnews-bench-http}
runs=${RUNS:-3}
for tool in wrk nginx taskset curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

bench_setup
nginx_pid=
cleanup() {
  stop_app
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "== jar $jar; data in $data_dir; app on $base (CPU 1), clients on CPU 0; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# First start: migrations, and the corpus loaded by the app itself from its editorial files (once per data dir).
prepare_corpus "$claims"
corpus="the first source"
[ "$claims" = 0 ] || corpus="$claims generated claims"
start_app "$bench_dir/app-first.log"
echo "first start (migrations$([ -d "$data_dir/base" ] || echo ", empty data directory")): $(first_200_ms) ms to the first 200"
grep -o 'Editorial files loaded in .*' "$bench_dir/app-first.log" || true
stop_app

# Second start, data reused: the time to the first 200, plain, then with the start cache that bin/start-cache.sh
# trains (an AOT cache on Java 25, as in the Docker image; an AppCDS archive on 17; see README).
start_app "$bench_dir/app-second.log"
startup_plain=$(first_200_ms)
stop_app
startup_cached="-"
cache_java=${CACHE_JAVA:-$( [ -x "$TEMURIN_25" ] && echo "$TEMURIN_25" || echo java)}
if [ "${CDS:-1}" = 1 ]; then
  cache_dir="$bench_dir/start-cache"
  rm -rf "$cache_dir"   # a cache of another JVM (app.aot against app.jsa) would be picked up below
  # shellcheck disable=SC2086
  JAVA=$cache_java PORT=$(free_port 30000) DATABASE_PORT=$(free_port 20000) TRAINING_DIR="$bench_dir/training" \
    taskset -c 1 bin/start-cache.sh "$jar" "$cache_dir" ${JAVA_OPTS-$FOOTPRINT} > "$bench_dir/start-cache.txt"
  rm -rf "$bench_dir/training"
  cache_option=$( [ -f "$cache_dir/app.aot" ] && echo "-XX:AOTCache=$cache_dir/app.aot" || echo "-XX:SharedArchiveFile=$cache_dir/app.jsa")
  app_java=$cache_java app_jar="$cache_dir/$(basename "$jar")" start_app "$bench_dir/app-cached.log" "$cache_option"
  startup_cached=$(first_200_ms)
  stop_app
fi
echo "time to first 200 (second start): plain ${startup_plain} ms; with the start cache ($("$cache_java" -version 2>&1 | head -n 1)) ${startup_cached} ms"

# The run measured.
start_app "$bench_dir/app.log"
first_200_ms >/dev/null
# The first link to PREFIX... on the page at PATH (read whole: with pipefail, a reader that stops early kills the script).
first_link() { curl -s -H 'Accept:' "$base$1" | grep -o "href=\"$2[a-z0-9-]*\"" | awk -F'"' 'NR == 1 { print $2 }'; }
claim=$(first_link / /claims/)
topic=$(first_link /topics /topics/)
pages=("home=/" "claim=$claim" "topic=$topic" "search=/search?q=drone")

# A search no one asked before: the same search at an address of its own each time (an extra n=, which the app
# ignores), so that the server's store of responses given cannot answer it.
cat > "$bench_dir/new-search.lua" <<'LUA'
local run, i = os.time(), 0
request = function() i = i + 1; return wrk.format("GET", "/search?q=drone&n=" .. run .. "-" .. i) end
LUA

# Warm-up, WARMUP seconds in all (a JVM pinned to one core compiles slowly): half on the pages and a 304 in turn,
# half on searches. Mixed in one run, the searches took nearly all of the time and the pages were measured before
# their code was compiled (the same claim page gave 13 000 req/s after that warm-up, 36 000 after a longer one).
etag() { curl -s -D - -o /dev/null -H 'Accept:' "$1" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r'; }
app_tag=$(etag "$base$claim")
cat > "$bench_dir/warm-pages.lua" <<LUA
local paths = { "/", "$claim", "$topic" }
local i = 0
request = function()
  i = i + 1
  if i % 4 == 0 then return wrk.format("GET", "$claim", { ["If-None-Match"] = '$app_tag' }) end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
cat > "$bench_dir/warm-searches.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", (i % 2 == 0) and "/search?q=drone" or ("/search?q=drone&warm=" .. i))
end
LUA
warm=${WARMUP:-60}
echo "warming up for $warm s"
taskset -c 0 wrk -t1 -c"${CONNECTIONS:-32}" -d"$((warm - warm / 2))"s -s "$bench_dir/warm-pages.lua" "$base/" >/dev/null
taskset -c 0 wrk -t1 -c"${CONNECTIONS:-32}" -d"$((warm / 2))"s -s "$bench_dir/warm-searches.lua" "$base/" >/dev/null

# nginx serves the same bytes at the same paths: saved from the app exactly as wrk gets them (wrk sends no Accept
# and asks for no compression).
www="$bench_dir/www"
rm -rf "$www"
declare -A status file
for page in "${pages[@]}"; do
  name=${page%%=*}
  path=${page#*=}
  file[$name]="$www$( [ "${path%%\?*}" = / ] && echo /index.html || echo "${path%%\?*}")"
  mkdir -p "$(dirname "${file[$name]}")"
  status[$name]=$(curl -s -H 'Accept:' -o "${file[$name]}" -w '%{http_code}' "$base$path")
done
file[claim-304]=${file[claim]}
file[search-new]=${file[search]}
nginx_port=$(free_port 40000)
cat > "$bench_dir/nginx.conf" <<NGINX
worker_processes 1;
pid $bench_dir/nginx.pid;
error_log $bench_dir/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000;
  default_type text/html;
  etag on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $www;
    index index.html;
  }
}
NGINX
taskset -c 1 nginx -c "$bench_dir/nginx.conf" -p "$bench_dir" -g 'daemon off;' &
nginx_pid=$!
sleep 1
nginx="http://127.0.0.1:$nginx_port"

nginx_tag=$(etag "$nginx$claim")
echo "conditional GET of the claim page: app $(curl -s -o /dev/null -w '%{http_code}' -H 'Accept:' -H "If-None-Match: $app_tag" "$base$claim"), nginx $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $nginx_tag" "$nginx$claim")"

printf '\n%-9s %6s | %9s %8s %8s | %9s %8s %8s | %5s\n' page bytes "app req/s" "p50 ms" "p99 ms" "nginx r/s" "p50 ms" "p99 ms" ratio
tsv=()
measure() { # name path [wrk option for the app] -- [wrk option for nginx]
  local name=$1 path=$2
  shift 2
  local app_options=() nginx_options=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do app_options+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  nginx_options=("$@")
  local a_rps=() a_p50=() a_p99=() n_rps=() n_p50=() n_p99=() errors=0 rps p50 p99 err
  for _ in $(seq 1 "$runs"); do
    read -r rps p50 p99 err < <(wrk_run "$base$path" "${app_options[@]}")
    a_rps+=("$rps"); a_p50+=("$p50"); a_p99+=("$p99"); errors=$((errors + err))
    read -r rps p50 p99 err < <(wrk_run "$nginx$path" "${nginx_options[@]}")
    n_rps+=("$rps"); n_p50+=("$p50"); n_p99+=("$p99")
  done
  local row=("$name" "$(stat -c %s "${file[$name]}")" "$(median "${a_rps[@]}")" "$(median "${a_p50[@]}")" \
    "$(median "${a_p99[@]}")" "$(median "${n_rps[@]}")" "$(median "${n_p50[@]}")" "$(median "${n_p99[@]}")")
  row+=("$(awk -v a="${row[2]}" -v n="${row[5]}" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')" "$errors")
  printf '%-9s %6s | %9s %8s %8s | %9s %8s %8s | %5s%s\n' "${row[@]:0:9}" "$([ "$errors" = 0 ] || echo "  ($errors app errors)")"
  tsv+=("$(IFS=$'\t'; echo "${row[*]}")")
}
for page in "${pages[@]}"; do
  name=${page%%=*}
  path=${page#*=}
  if [ "${status[$name]}" != 200 ]; then
    printf '%-9s  not measured: the app answers %s for %s\n' "$name" "${status[$name]}" "$path"
    continue
  fi
  measure "$name" "$path"
done
[ "${status[search]}" = 200 ] && measure search-new /search -s "$bench_dir/new-search.lua" -- -s "$bench_dir/new-search.lua"
measure claim-304 "$claim" -H "If-None-Match: $app_tag" -- -H "If-None-Match: $nginx_tag"

echo
echo "corpus: $corpus; claim page $claim; topic page $topic"
echo "app RSS after the load: $(rss_mb "$app") MB (JVM only; JAVA_OPTS='${JAVA_OPTS-$FOOTPRINT}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
# The same numbers, one line per page, for comparing runs (also kept in $bench_dir/results.tsv).
{
  printf 'page\tbytes\tapp_rps\tapp_p50_ms\tapp_p99_ms\tnginx_rps\tnginx_p50_ms\tnginx_p99_ms\tratio\tapp_errors\n'
  printf '%s\n' "${tsv[@]}"
} | tee "$bench_dir/results.tsv"
