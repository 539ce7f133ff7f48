#!/usr/bin/env bash
# Two app instances against one standalone PostgreSQL, nginx load-balancing in front (all on 127.0.0.1).
# Checks that both instances answer every page type with identical bodies and ETags, kills one in the middle of
# a load and shows the other carries on with zero failed requests, and prints one-vs-two instance throughput.
# Needs: a JDK, Debian's postgresql, nginx and wrk (apt-get install postgresql nginx wrk). Run as root or a user
# that can `su postgres`. Usage: bench/two-instances.sh [seconds-per-load-run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
work=$(mktemp -d /tmp/warnews-two.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  su postgres -c "$pgbin/pg_ctl -D $work/pg -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=$(ls target/war-news-reference-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/war-news-reference-*.jar | head -n 1); }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port=$(free_port); a=$(free_port); b=$(free_port); lb=$(free_port)

echo "== PostgreSQL on 127.0.0.1:$pg_port"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
chown postgres "$work"
su postgres -c "$pgbin/initdb -D $work/pg -A trust -U postgres" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $work/pg -o '-p $pg_port -k $work -c listen_addresses=127.0.0.1' -l $work/pg.log -w start" >/dev/null
"$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE ROLE warnews_owner LOGIN" \
  -c "CREATE ROLE warnews_reader LOGIN" -c "CREATE DATABASE warnews OWNER warnews_owner"

start_app() { # port, management port
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/warnews" SPRING_DATASOURCE_USERNAME=warnews_reader \
  SPRING_FLYWAY_USER=warnews_owner java -jar "$jar" --server.port="$1" --management.server.port="$2" \
    > "$work/app-$1.log" 2>&1 &
  pids+=($!)
  until curl -sf -o /dev/null "http://127.0.0.1:$1/readyz"; do sleep 0.5; done
}
echo "== Two instances on :$a and :$b"
start_app "$a" "$(free_port)"; pid_a=${pids[-1]}
start_app "$b" "$(free_port)"; pid_b=${pids[-1]}

echo "== Same bodies and ETags from both instances"
paths="/ /sources/2025-06-13-ukraine-russia-war-latest /sources/2025-06-13-ukraine-russia-war-latest/text
/items/zelensky-to-attend-g7-and-hopes-to-meet-trump /claims/uk-mod-more-than-one-million-russian-casualties
/topics /topics/drones /actors /actors/vladimir-putin /about /search?q=drones /api/v1/claims /feed.atom /sitemap.xml"
# The same Host header for both, as behind a load balancer: absolute links in pages are built from it.
fingerprint() { curl -s -H "Host: reference.test" -D "$work/h" "http://127.0.0.1:$1$2" | sha256sum | cut -c1-16; grep -i '^etag' "$work/h" | tr -d '\r' || echo "etag: none"; }
mismatch=0
for path in $paths; do
  fa=$(fingerprint "$a" "$path" | tr '\n' ' '); fb=$(fingerprint "$b" "$path" | tr '\n' ' ')
  if [ "$fa" = "$fb" ]; then echo "same      $path  $fa"; else echo "DIFFERENT $path  $fa / $fb"; mismatch=1; fi
done

cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream app { server 127.0.0.1:$a max_fails=1 fail_timeout=30s; server 127.0.0.1:$b max_fails=1 fail_timeout=30s; keepalive 32; }
  server {
    listen 127.0.0.1:$lb;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf"
url="http://127.0.0.1:$lb/claims/uk-mod-more-than-one-million-russian-casualties"
for i in 1 2 3; do wrk -t1 -c32 -d10s "$url" > /dev/null; done # warm both JVMs

echo "== Load through nginx, both instances: ${seconds}s"
both=$(wrk -t2 -c64 -d"${seconds}s" "$url")
echo "$both" | grep -E "Requests/sec|Non-2xx|Socket errors" || true

echo "== Load through nginx; instance :$b is killed (SIGKILL) after $((seconds / 2))s"
( sleep $((seconds / 2)); kill -9 "$pid_b" ) &
killed=$(wrk -t2 -c64 -d"${seconds}s" "$url")
echo "$killed" | grep -E "Requests/sec|Non-2xx|Socket errors" || true
failed=$(echo "$killed" | awk '/Non-2xx/ {print $NF} /Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' | paste -sd+ | bc)
failed=${failed:-0}

echo "== Load through nginx, one instance left: ${seconds}s"
one=$(wrk -t2 -c64 -d"${seconds}s" "$url")
echo "$one" | grep -E "Requests/sec|Non-2xx|Socket errors" || true

rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
echo
printf 'one instance: %s req/s   two instances: %s req/s   ratio: %s\n' "$(rps "$one")" "$(rps "$both")" \
  "$(echo "scale=2; $(rps "$both") / $(rps "$one")" | bc)"
echo "failed requests while an instance was killed: $failed"
echo "identical bodies and ETags on every page type: $([ $mismatch = 0 ] && echo yes || echo NO)"
[ "$failed" = 0 ] && [ $mismatch = 0 ]
