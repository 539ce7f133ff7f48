# Shared by bench/http.sh, bench/soak.sh and bench/search.sh (sourced, not run). DESIGN.md's method: the packaged app (and the
# PostgreSQL it starts) pinned to CPU 1, the client pinned to CPU 0, everything on 127.0.0.1, random high ports.

# JAR=path measures that jar as it is (e.g. a copy kept from before a change); otherwise the one in target/.
bench_jar() {
  if [ -n "${JAR:-}" ]; then echo "$JAR"; return; fi
  if [ "${NO_BUILD:-0}" != 1 ]; then
    ./mvnw -q -B package -DskipTests >&2
  fi
  ls target/war-news-reference-*.jar | grep -v original | head -n 1
}

# A port above $1 that nothing answers on yet (other programs on this machine pick ports too); with PORTS=LOW-HIGH,
# one in that range instead, for a machine where each user has their own ports.
free_port() {
  local port low=$1 span=10000
  if [ -n "${PORTS:-}" ]; then low=${PORTS%-*}; span=$((${PORTS#*-} - low + 1)); fi
  while :; do
    port=$((low + RANDOM % span))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "$port"; return; fi
  done
}

# The common start of a run: sets $jar, $data_dir (in $bench_dir, for $claims generated claims), $pg_port, $http_port
# and $base.
bench_setup() {
  jar=$(bench_jar)
  mkdir -p "$bench_dir"
  data_dir="$bench_dir/pg-$claims"
  pg_port=$(free_port 20000)
  http_port=$(free_port 30000)
  until [ "$http_port" != "$pg_port" ]; do http_port=$(free_port 30000); done
  base="http://127.0.0.1:$http_port"
}

# The JDK whose AOT cache the Docker image uses (Java 25), where this machine has it.
TEMURIN_25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java

FOOTPRINT="-Xmx128m -Xmn24m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:TrimNativeHeapInterval=5000"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# start_app LOG [JVM option ...]: starts the jar pinned to CPU 1 on $http_port, its database on $pg_port in
# $data_dir; sets $app (the pid) and $app_started_ms. JAVA_OPTS are the JVM options, by default the small footprint
# the README recommends for one core (JAVA_OPTS= for none); $app_jar may point elsewhere, $app_java to another JVM
# (by default RUN_JAVA, or the java on the PATH).
# The management port (metrics) is $management_port, or any free one.
start_app() {
  local log=$1
  shift
  app_started_ms=$(now_ms)
  # shellcheck disable=SC2086
  taskset -c 1 "${app_java:-${RUN_JAVA:-java}}" ${JAVA_OPTS-$FOOTPRINT} "$@" -jar "${app_jar:-$jar}" --server.address=127.0.0.1 --server.port="$http_port" \
    --management.server.address=127.0.0.1 --management.server.port="${management_port:-0}" \
    --warnews.database.data-dir="$data_dir" --warnews.database.port="$pg_port" \
    ${sources_dir:+--warnews.sources.locations=classpath:db/sources/,file:$sources_dir/} > "$log" 2>&1 &
  app=$!
}

# Waits for the first 200 on / and prints the milliseconds since start_app.
first_200_ms() {
  local deadline=$(($(now_ms) + 600000))
  until [ "$(taskset -c 0 curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/" 2>/dev/null)" = 200 ]; do
    if ! kill -0 "$app" 2>/dev/null; then echo "the app stopped: see its log" >&2; return 1; fi
    if [ "$(now_ms)" -gt "$deadline" ]; then echo "no 200 after 10 minutes" >&2; return 1; fi
    sleep 0.02
  done
  echo $(($(now_ms) - app_started_ms))
}

stop_app() {
  if [ -n "${app:-}" ]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=
  fi
}

rss_mb() { echo $(($(ps -o rss= -p "$1") / 1024)); }

# wrk_run URL [wrk option ...]: one wrk run pinned to CPU 0; prints "req/s p50_ms p99_ms errors".
wrk_run() {
  local url=$1
  shift
  local out
  out=$(taskset -c 0 wrk -t1 -c"${CONNECTIONS:-32}" -d"${DURATION:-20}"s --latency "$@" "$url")
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { errors += $NF } /Socket errors:/ { for (i = 4; i <= NF; i += 2) errors += $i }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The corpus: $1 generated claims written once as editorial files (bench/corpus.sh) into $bench_dir/sources-$1,
# which start_app then gives the app to load with the real sources, through the same path (Flyway, on start).
# Sets sources_dir; with 0 claims (the first source only) it stays empty.
sources_dir=
prepare_corpus() {
  local size=$1
  sources_dir=
  if [ "$size" = 0 ]; then return 0; fi
  sources_dir="$bench_dir/sources-$size"
  if [ ! -f "$sources_dir/.written" ]; then
    rm -rf "$sources_dir"
    bench/corpus.sh "$size" "$sources_dir" >&2
    touch "$sources_dir/.written"
  fi
}
