#!/usr/bin/env bash
# Trains the start cache of an extracted jar: starts the app once on a throwaway embedded database, opens a few
# pages, stops it, and keeps what the JVM learned next to the jar. On Java 25 and later that is an AOT cache
# (JEP 483/514/515: classes loaded and linked, method profiles), on older JVMs an AppCDS archive (classes only).
# Then print the command line that starts with it.
#
# usage: bin/start-cache.sh [JAR] APP_DIR [JVM option ...]
#   With JAR, the jar is first extracted into APP_DIR (`java -Djarmode=tools -jar JAR extract`: the classes must come
#   from plain jars to be cached); without, APP_DIR already holds an extracted jar (the Dockerfile's image, extracted
#   with --layers, works the same way). The JVM options are those the app will run with.
# environment: JAVA (the java to train and run with; default java on the PATH), PORT and DATABASE_PORT (the training
#   run's HTTP and database ports; default free ones), TRAINING_DIR (its database; default a new temporary directory,
#   deleted at the end).
# Needs bash only (its /dev/tcp), so it also runs in the JRE image.
set -euo pipefail
java=${JAVA:-java}
if [[ "${1:-}" == *.jar ]]; then
  "$java" -Djarmode=tools -jar "$1" extract --force --destination "${2:?usage: $0 [JAR] APP_DIR [JVM option ...]}" >&2
  shift
fi
app_dir=${1:?usage: $0 [JAR] APP_DIR [JVM option ...]}
shift
jar=$(ls "$app_dir"/*.jar | head -n 1)
version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
if [ "${version%%.*}" -ge 25 ]; then
  cache="$app_dir/app.aot"
  record=(-XX:AOTCacheOutput="$cache")
  use="-XX:AOTCache=$cache"
else
  cache="$app_dir/app.jsa"
  record=(-XX:ArchiveClassesAtExit="$cache")
  use="-XX:SharedArchiveFile=$cache"
fi

free_port() { # a port nothing answers on, below the range Linux gives outgoing connections
  local port
  while :; do
    port=$((20000 + RANDOM % 10000))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "$port"; return; fi
  done
}
port=${PORT:-$(free_port)}
training_dir=${TRAINING_DIR:-$(mktemp -d)}
mkdir -p "$training_dir"
log="$training_dir/training.log"

# GET PATH: the status of the app's answer (the body is read and dropped), or 000 when nothing answers.
get() {
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n' "$1" >&3
  read -r _ status _ <&3 || status=000
  cat <&3 >/dev/null
  exec 3<&-
  echo "${status:-000}"
}

# The training run: the same JVM options as the real one, so the cache fits it.
"$java" "$@" "${record[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
  --management.server.port=0 --management.server.address=127.0.0.1 \
  --warnews.database.data-dir="$training_dir/postgres" --warnews.database.port="${DATABASE_PORT:-$(free_port)}" > "$log" 2>&1 &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  [ -n "${TRAINING_DIR:-}" ] || rm -rf "$training_dir"
}
trap cleanup EXIT
deadline=$((SECONDS + 600))
until [ "$(get /)" = 200 ]; do
  if ! kill -0 "$app" 2>/dev/null || [ "$SECONDS" -gt "$deadline" ]; then
    echo "the training run did not answer; its log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 0.2
done
# The pages a visitor opens first, each kind once or twice (a claim, a topic, a search, the API, a 404).
claim=$({ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
  grep -o 'href="/claims/[a-z0-9-]*"' <&3 | head -n 1 | cut -d'"' -f2 || true)
for path in / "${claim:-/}" /topics /actors /sources /figures /about /search?q=drone /api/v1/claims /feed.atom /no-such-page; do
  get "$path" >/dev/null
  get "$path" >/dev/null
done
# A clean stop writes the cache (the JVM's exit); the embedded database stops with the app.
kill "$app"
wait "$app" || true
trap - EXIT
[ -n "${TRAINING_DIR:-}" ] || rm -rf "$training_dir"
if [ ! -s "$cache" ]; then
  echo "no start cache was written; see the JVM's messages above" >&2
  exit 1
fi
echo "start cache: $cache ($(du -h "$cache" | cut -f1))" >&2
echo "$java $* $use -jar $jar"
