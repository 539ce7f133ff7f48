#!/usr/bin/env bash
# Past one machine, on one machine: a PostgreSQL primary and a streaming replica (Debian's PostgreSQL), two app
# instances reading from the replica (Flyway migrating on the primary), and nginx in front as a caching reverse
# proxy, everything on 127.0.0.1 (random high ports). Servers are pinned to CPU 1 and wrk to CPU 0 (DESIGN.md).
# It measures, DURATION seconds each:
#   static     a claim page through the proxy (cached) against nginx serving the same bytes as a file (target >= 0.9x)
#   mixed      pages, searches with new query strings and 304s: through the proxy, and on one instance directly
#   kill       one instance kill -9'ed under load, then started again (target: 0 failed requests while it is away and
#              until it is ready again)
#   replica    the replica stopped for 10 s under load: cached pages keep answering, the rest 503 with Retry-After,
#              and everything recovers by itself
#   migrate    a third instance loads a new source on the primary while the two serve: time until it is on the
#              replica and through the proxy, and no request fails
# and prints one table. Every loop is bounded; everything started is stopped by its pid, also on error.
# Needs: a JDK, the packaged jar (./mvnw package -DskipTests), Debian's postgresql, nginx, wrk, curl; run as root
# (initdb runs as the postgres user).
# usage: bench/scale-out.sh
# environment: DURATION (10), CONNECTIONS (32), JAVA_OPTS (default: lib.sh FOOTPRINT), KEEP (1: keep the work
#              directory with the logs and nginx.conf)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
DURATION=${DURATION:-10}
for tool in wrk taskset curl nginx psql bc; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done
jar=$(ls target/war-news-reference-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { echo "no jar in target/: ./mvnw package -DskipTests first" >&2; exit 1; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/warnews-scale.XXXXXX)
chown postgres "$work"
chmod 755 "$work" # nginx's workers (nobody) read and write below it

pid_of() { cat "$work/pid-$1"; }
cleanup() {
  local pid
  for pid in $(cat "$work"/pid-* 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill -QUIT "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for db in replica primary; do
    if [ -f "$work/$db/postmaster.pid" ]; then kill -INT "$(head -n 1 "$work/$db/postmaster.pid")" 2>/dev/null || true; fi
  done
  for pid in $(cat "$work"/pid-* 2>/dev/null); do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

primary_port=$(free_port 20000); replica_port=$(free_port 20000); proxy_port=$(free_port 30000)
port_a=$(free_port 30000); port_b=$(free_port 30000); port_c=$(free_port 30000)
proxy="http://127.0.0.1:$proxy_port"
as_postgres() { su postgres -c "$*"; }
sql() { "$pgbin/psql" -h 127.0.0.1 -p "$1" -U postgres -d "${3:-warnews}" -Atq -c "$2"; }

# -- PostgreSQL: a primary and a streaming replica (trust on the loopback of a throwaway cluster)
start_pg() { # data dir, port
  as_postgres "taskset -c 1 $pgbin/pg_ctl -D $1 -l $1.log -w -o '-p $2 -k $work -c listen_addresses=127.0.0.1' start" >/dev/null
}
as_postgres "$pgbin/initdb -D $work/primary -A trust -U postgres" >/dev/null
start_pg "$work/primary" "$primary_port"
sql "$primary_port" "CREATE ROLE warnews_owner LOGIN; CREATE ROLE warnews_reader LOGIN" postgres
sql "$primary_port" "CREATE DATABASE warnews OWNER warnews_owner" postgres
as_postgres "$pgbin/pg_basebackup -h 127.0.0.1 -p $primary_port -U postgres -D $work/replica -R -X stream -c fast" >/dev/null
start_pg "$work/replica" "$replica_port"
[ "$(sql "$replica_port" "SELECT pg_is_in_recovery()" postgres)" = t ] || { echo "the replica is not a standby" >&2; exit 1; }

# -- The app: NAME PORT [option ...]; reads from the replica, migrates on the primary; its pid in $work/pid-NAME.
start_instance() {
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$replica_port/warnews" SPRING_DATASOURCE_USERNAME=warnews_reader \
  SPRING_FLYWAY_URL="jdbc:postgresql://127.0.0.1:$primary_port/warnews" SPRING_FLYWAY_USER=warnews_owner \
    taskset -c 1 java ${JAVA_OPTS-$FOOTPRINT} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --warnews.site.base-url="$proxy" \
    --management.server.address=127.0.0.1 --management.server.port=0 "$@" >> "$work/app-$name.log" 2>&1 &
  echo $! > "$work/pid-$name"
}
wait_ready() { # NAME PORT: waits (at most 3 minutes) for /readyz, prints the milliseconds it took
  local started deadline
  started=$(now_ms); deadline=$((started + 180000))
  until curl -sf -o /dev/null "http://127.0.0.1:$2/readyz"; do
    kill -0 "$(pid_of "$1")" 2>/dev/null || { echo "instance $1 stopped: $work/app-$1.log" >&2; tail -n 20 "$work/app-$1.log" >&2; return 1; }
    [ "$(now_ms)" -lt "$deadline" ] || { echo "instance $1 not ready after 3 minutes" >&2; return 1; }
    sleep 0.1
  done
  echo $(($(now_ms) - started))
}
start_instance a "$port_a"
ready_a=$(wait_ready a "$port_a")
# The schema is there: the second instance only checks it (Flyway validates against the replica's history).
start_instance b "$port_b" --spring.flyway.enabled=false
ready_b=$(wait_ready b "$port_b")

# -- nginx: a cache keyed on what the app's responses vary by (Vary: Accept, Accept-Encoding, with the host and
# scheme its links may name), revalidated with If-None-Match, one request per key to the instances at a time, stale
# copies while they are down, and the real client address passed on.
claim=/claims/uk-mod-more-than-one-million-russian-casualties
mkdir -p "$work/static" "$work/nginx-temp"
vary=$(curl -s -o /dev/null -D - "http://127.0.0.1:$port_a$claim" | tr -d '\r' | sed -n 's/^vary: *//Ip')
[ "$vary" = "Accept, Accept-Encoding" ] || echo "the app varies by '$vary': check the cache key below" >&2
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; }
  # Both the static file and the cache's files are opened through this.
  sendfile on;
  tcp_nopush on;
  open_file_cache max=10000 inactive=60s;
  open_file_cache_valid 30s;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  proxy_cache_path $work/nginx-cache levels=1:2 keys_zone=pages:16m max_size=512m inactive=1h use_temp_path=off;
  # The app gzips or not: any other Accept-Encoding would only split the cache.
  map \$http_accept_encoding \$gzip_or_not { ~*gzip gzip; default ""; }
  upstream app {
    server 127.0.0.1:$port_a max_fails=3 fail_timeout=5s;
    server 127.0.0.1:$port_b max_fails=3 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$proxy_port;
    client_header_timeout 10s;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host;
      proxy_set_header Accept-Encoding \$gzip_or_not;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 2;
      proxy_cache pages;
      proxy_cache_key "\$scheme://\$host\$request_uri|\$http_accept|\$gzip_or_not";
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_use_stale error timeout updating http_503;
      proxy_cache_background_update on;
      add_header X-Cache \$upstream_cache_status always;
      # No instance to ask (all marked down): the app's own answer to an outage, a 503 that says when to retry.
      error_page 502 504 = @unavailable;
    }
    location @unavailable {
      add_header Retry-After 5 always;
      add_header Cache-Control no-store always;
      return 503;
    }
    location /static-copy/ { alias $work/static/; }
  }
}
NGINX
taskset -c 1 nginx -c "$work/nginx.conf"
curl -sf "$proxy$claim" -o "$work/static/claim.html"

# wrk's Lua: the mixed load (ARGS: the ETag of the claim page, a word no earlier search used); statuses counted and
# printed by bench/statuses.lua: "requests N rps R statuses S max_ms M".
cat > "$work/mixed.lua" <<'LUA'
function init(args) codes = {}; n = 0; etag = args[1]; tag = args[2] end
local pages = { "/claims/uk-mod-more-than-one-million-russian-casualties", "/", "/topics/drones",
  "/actors/vladimir-putin", "/items/zelensky-to-attend-g7-and-hopes-to-meet-trump", "/topics" }
function request()
  n = n + 1
  local kind = n % 4
  if kind == 0 then return wrk.format("GET", "/search?q=drones+" .. tag .. "x" .. n) end
  if kind == 1 then return wrk.format("GET", pages[1], { ["If-None-Match"] = etag }) end
  return wrk.format("GET", pages[n % #pages + 1])
end
dofile("bench/statuses.lua")
LUA
mixed() { # BASE [seconds]: the mixed load on BASE; prints the Lua line
  local etag # as BASE sends it to wrk (no Accept, no Accept-Encoding): the host is part of an ETag
  etag=$(curl -s -o /dev/null -D - -H 'Accept:' "$1$claim" | tr -d '\r' | sed -n 's/^etag: *//Ip')
  taskset -c 0 wrk -t1 -c"${CONNECTIONS:-32}" -d"${2:-$DURATION}"s --timeout 10s -s "$work/mixed.lua" "$1" -- "$etag" "run$RANDOM$RANDOM" | grep '^requests'
}
# mixed_while PID: the mixed load on the proxy, in runs of DURATION s until PID has exited (12 runs at most); prints
# one line as mixed does, summed over the runs.
mixed_while() {
  local runs=()
  for _ in $(seq 12); do
    runs+=("$(mixed "$proxy")")
    kill -0 "$1" 2>/dev/null || break
  done
  printf '%s\n' "${runs[@]}" | awk '
    { requests += $2; if ($8 > max) max = $8
      n = split($6, statuses, ","); for (i = 1; i <= n; i++) if (split(statuses[i], kv, "=") == 2) count[kv[1]] += kv[2] }
    END { for (s in count) text = text s "=" count[s] ","; printf "requests %d statuses %s max_ms %.0f\n", requests, text, max }'
}
field() { echo "$2" | sed -n "s/.*$1 \([^ ]*\).*/\1/p"; }
# failures: every status but 200 and 304, and socket errors
failures() { field statuses "$1" | tr ',' '\n' | awk -F= '$1 !~ /^(200|304)$/ && NF == 2 { n += $2 } END { print n + 0 }'; }

rows=()
row() { rows+=("$(printf '%-9s %-44s %-60s %s' "$1" "$2" "$3" "$4")"); }

echo "== primary :$primary_port, replica :$replica_port, instances :$port_a (ready in ${ready_a} ms) and :$port_b (${ready_b} ms), nginx :$proxy_port; $work" >&2
echo "== warm-up" >&2
for port in "$port_a" "$port_b"; do mixed "http://127.0.0.1:$port" 5 >/dev/null; done
DURATION=3 wrk_run "$proxy$claim" >/dev/null

echo "== (a) a cached claim page against the same bytes as a file" >&2
# Three rounds of each, alternating, and the medians: the machine's other work shifts single runs.
proxied=(); static=()
for _ in 1 2 3; do
  proxied+=("$(DURATION=$((DURATION / 2)) wrk_run "$proxy$claim")")
  static+=("$(DURATION=$((DURATION / 2)) wrk_run "$proxy/static-copy/claim.html")")
done
column() { local line; for line in "${@:2}"; do echo "$line" | cut -d' ' -f"$1"; done; }
proxied_rps=$(median $(column 1 "${proxied[@]}")); static_rps=$(median $(column 1 "${static[@]}"))
row static "proxy $proxied_rps req/s, file $static_rps req/s" \
  "p99 $(median $(column 3 "${proxied[@]}"))/$(median $(column 3 "${static[@]}")) ms, errors $(column 4 "${proxied[@]}" | paste -sd+ | bc)/$(column 4 "${static[@]}" | paste -sd+ | bc)" \
  "$(awk -v a="$proxied_rps" -v b="$static_rps" 'BEGIN { r = a / b; printf "%.2fx (target >= 0.9x) %s", r, (r >= 0.9 ? "met" : "MISSED") }')"

echo "== (b) mixed load: through the proxy, then on one instance" >&2
through=$(mixed "$proxy"); direct=$(mixed "http://127.0.0.1:$port_a")
row mixed "proxy $(field rps "$through") req/s, one app $(field rps "$direct") req/s" \
  "proxy $(field statuses "$through") / app $(field statuses "$direct")" \
  "$(awk -v a="$(field rps "$through")" -v b="$(field rps "$direct")" 'BEGIN { printf "%.1fx the one instance", a / b }')"

echo "== (c) kill -9 one instance under load, start it again" >&2
(
  sleep $((DURATION / 2))
  kill -9 "$(pid_of b)"
  start_instance b "$port_b" --spring.flyway.enabled=false
  wait_ready b "$port_b" > "$work/restart-ms"
) &
restarter=$!
load=$(mixed_while "$restarter")
wait "$restarter"
restart_ms=$(cat "$work/restart-ms")
failed=$(failures "$load")
row kill "$(field requests "$load") requests, back in ${restart_ms} ms" "$(field statuses "$load") max $(field max_ms "$load") ms" \
  "$failed failed (target 0) $([ "$failed" = 0 ] && echo met || echo MISSED)"

echo "== (c) the replica stopped for 10 s under load" >&2
(
  sleep 3
  as_postgres "$pgbin/pg_ctl -D $work/replica -m fast -w stop" >/dev/null
  curl -s -o /dev/null -D "$work/outage-headers" "$proxy/search?q=outage+$RANDOM" || true
  curl -s -o /dev/null -w '%{http_code}' "$proxy$claim" > "$work/outage-cached" || true
  sleep 10
  start_pg "$work/replica" "$replica_port"
  now_ms > "$work/replica-started"
) > /dev/null 2>&1 &
outage=$!
load=$(mixed "$proxy" 20)
wait "$outage"
# Recovery: until a new search (which no cache holds) answers 200 again, bounded to 60 s.
recovered=
for _ in $(seq 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$proxy/search?q=recovered+$RANDOM$RANDOM")" = 200 ]; then
    recovered=$(($(now_ms) - $(cat "$work/replica-started"))); break
  fi
  sleep 0.1
done
outage_status=$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$work/outage-headers" | tr -d '\r')
retry_after=$(tr -d '\r' < "$work/outage-headers" | sed -n 's/^retry-after: *//Ip')
row replica "$(field requests "$load") requests, recovered ${recovered:-never} ms after" "$(field statuses "$load")" \
  "during: cached claim $(cat "$work/outage-cached"), new search ${outage_status:-none} Retry-After ${retry_after:-none}"

echo "== (c) a new source migrated on the primary while the instances serve" >&2
bench/corpus.sh 100 "$work/new-sources" >/dev/null
new_source=$(basename "$(ls -d "$work/new-sources"/bench-* | head -n 1)")
start_instance c "$port_c" --warnews.sources.locations="classpath:db/sources/,file:$work/new-sources/"
(
  for _ in $(seq 1800); do # the source on the primary, then on the replica, then through the proxy (3 min at most)
    [ -s "$work/on-primary" ] || { [ "$(sql "$primary_port" "SELECT count(*) FROM source WHERE slug = '$new_source'")" = 1 ] && now_ms > "$work/on-primary"; }
    [ -s "$work/on-replica" ] || { [ "$(sql "$replica_port" "SELECT count(*) FROM source WHERE slug = '$new_source'")" = 1 ] && now_ms > "$work/on-replica"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$proxy/sources/$new_source")" = 200 ] && { now_ms > "$work/on-proxy"; break; }
    sleep 0.1
  done
) > "$work/migration-poll.log" 2>&1 &
migrator=$!
load=$(mixed_while "$migrator")
wait "$migrator"
kill "$(pid_of c)"
since() { [ -s "$work/$1" ] && echo "$(($(cat "$work/$1") - $(cat "$work/$2"))) ms" || echo never; }
failed=$(failures "$load")
row migrate "on the replica $(since on-replica on-primary) and the proxy $(since on-proxy on-primary) after the primary" \
  "$(field statuses "$load")" "$failed failed (target 0) $([ "$failed" = 0 ] && echo met || echo MISSED)"

echo
printf '%-9s %-44s %-60s %s\n' run result statuses verdict
printf '%s\n' "${rows[@]}"
echo "(DURATION=${DURATION}s, ${CONNECTIONS:-32} connections; servers on CPU 1, wrk on CPU 0; RSS a $(rss_mb "$(pid_of a)") MB, b $(rss_mb "$(pid_of b)") MB)"
