#!/usr/bin/env bash
# Soak: SECONDS (default 600) at 64 connections mixing every page type the site links to, searches, and pages
# asked for with a new query string (so some are rendered, not served from the page cache); the app (with its
# embedded PostgreSQL) pinned to CPU 1, wrk pinned to CPU 0. Prints the errors (must be 0) and the statuses seen
# (bench/statuses.lua), the latency p50/p99, and the app's RSS at the start and the end (it must stay flat), sampled
# every 30 s in between.
#
# usage: bench/soak.sh [SECONDS]
# environment: BENCH_DIR (/tmp/warnews-bench-soak), CONNECTIONS (64), WARMUP seconds of the same mix before the start
#              RSS is taken (60), CLAIMS (0: the first source; else that many
#              generated claims, written by bench/corpus.sh and loaded by the app), JAVA_OPTS (JVM options for the app; default: the README's footprint options), NO_BUILD (1: use the
#              jar in target/ as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
seconds=${1:-600}
claims=${CLAIMS:-0}
bench_dir=${BENCH_DIR:-/tmp/warnews-bench-soak}
for tool in wrk taskset curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

bench_setup
sampler=
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
  stop_app
}
trap cleanup EXIT

prepare_corpus "$claims"
start_app "$bench_dir/app.log"
echo "== soak for $seconds s at ${CONNECTIONS:-64} connections; app on $base (CPU 1), wrk on CPU 0; first 200 after $(first_200_ms) ms"

# Every page type, found by following the site's own links two levels deep from its index pages.
links() { curl -s -H 'Accept: text/html' "$base$1" | grep -o 'href="/[^"#]*"' | cut -d'"' -f2 | grep -v '^/assets/' || true; }
level1=$( (echo /; echo /topics; echo /actors; echo /about; links /; links /topics; links /actors) | sort -u)
# (awk, not head, cuts the lists: head exits early, and under pipefail the writer's SIGPIPE would end the script.)
level2=$(for path in $(echo "$level1" | grep -E '^/(sources|items)/' | awk 'NR <= 20'); do links "$path"; done | sort -u)
candidates=$( (echo "$level1"; echo "$level2"; printf '%s\n' /figures /feed.atom /sitemap.xml /robots.txt /opensearch.xml \
  /api/v1/claims /api/v1/topics /api/v1/actors /api/v1/sources) | sort -u | grep -v '?' | awk 'NR <= 400')
paths=()
for path in $candidates; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$path")" = 200 ] && paths+=("$path")
done
searches=()
for path in "/search?q=" "/api/v1/search?q="; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "${base}${path}drone")" = 200 ] && searches+=("$path")
done
echo "pages: ${#paths[@]} addresses ($(printf '%s\n' "${paths[@]}" | cut -d/ -f2 | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')); searches: ${searches[*]:-none on this branch}"

lua_list() { local item out=""; for item in "$@"; do out+="\"$item\","; done; echo "${out%,}"; }
cat > "$bench_dir/soak.lua" <<LUA
local paths = { $(lua_list "${paths[@]}") }
local searches = { $(lua_list "${searches[@]}") }
-- Searches that find something, so every answer is a 200 (exclusions alone, "-drone", are rightly a 400).
local words = { "drone", "drones", "Zelenskyy", "Kiev", "Ministry%20of%20Defense", "1%20million", "G-7", "UAV",
  "prisoners", "sanctions", "Putin", "casualties", "%22air%20defence%22", "Kyiv%20OR%20Moscow", "drone%20-Putin", "Zelenksy" }
local n = 0
request = function()
  n = n + 1
  local path
  if #searches > 0 and math.random() < 0.25 then
    path = searches[math.random(#searches)] .. words[math.random(#words)] .. "&page=" .. math.random(1, 3)
  else
    path = paths[math.random(#paths)]
    if math.random() < 0.2 then
      -- a URL never seen before: rendered, and a candidate for the bounded page cache
      path = path .. (string.find(path, "?", 1, true) and "&" or "?") .. "v=" .. n .. "-" .. math.random(1, 1000000)
    end
  end
  local headers = {}
  if math.random() < 0.5 then headers["Accept-Encoding"] = "gzip" end
  if math.random() < 0.5 then headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8" end
  return wrk.format("GET", path, headers)
end
function init(args) codes = {} end
dofile("bench/statuses.lua")
LUA

# The same mix first, unmeasured: the JIT, the thread pool and the page cache settle before the start RSS is taken.
taskset -c 0 wrk -t1 -c"${CONNECTIONS:-64}" -d"${WARMUP:-60}s" --timeout 10s -s "$bench_dir/soak.lua" "$base/" >/dev/null
rss_log="$bench_dir/rss.log"
: > "$rss_log"
(while kill -0 "$app" 2>/dev/null; do echo "$(date +%s) $(rss_mb "$app")" >> "$rss_log"; sleep 30; done) &
sampler=$!
rss_start=$(rss_mb "$app")
out=$(taskset -c 0 wrk -t1 -c"${CONNECTIONS:-64}" -d"${seconds}s" --timeout 10s --latency -s "$bench_dir/soak.lua" "$base/")
rss_end=$(rss_mb "$app")
echo "$out" | awk '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
  /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 } / requests in / { total = $1 }
  /Non-2xx or 3xx responses:/ { non2xx = $NF } /Socket errors:/ { for (i = 4; i <= NF; i += 2) socket += $i }
  END { printf "requests %d (%.0f req/s); errors %d (non-2xx/3xx %d, socket %d); latency p50 %.2f ms, p99 %.2f ms\n",
        total, rps, non2xx + socket, non2xx, socket, p50, p99 }'
echo "$out" | grep -E 'Socket errors|Non-2xx|^requests .* statuses' || true
echo "app RSS after ${WARMUP:-60} s of warm-up: start $rss_start MB, end $rss_end MB, samples every 30 s: $(awk '{printf "%s ", $2}' "$rss_log")(MB; JAVA_OPTS='${JAVA_OPTS-$FOOTPRINT}')"
