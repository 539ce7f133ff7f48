#!/usr/bin/env bash
# Links that last: how fast the claim page, the Atom feed, the sitemap, the JSON API, the open data and /figures
# answer. DESIGN.md's method: the packaged app (with its embedded PostgreSQL) pinned to CPU 1, wrk pinned to CPU 0,
# a warm-up first, then `wrk -t1 -c32 -d20s --latency` three times per URL; the median req/s, p50 and p99 are
# printed. Then SCALE claims are generated (copies of the first source's claims under new slugs, so every quote
# is still verified by the database) and the same URLs are timed again, one request at a time (the whole-corpus
# files are too big for wrk to be meaningful), with curl: the median of three.
#
# usage: ./mvnw -q package -DskipTests && bench/links.sh
# environment: SCALE (100000; 0 skips it), WARMUP seconds (60), DURATION seconds per wrk run (20),
#              BENCH_DIR (/tmp/warnews-bench-links; the app's own data directory, deleted when the app stops)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${SCALE:-100000}
warmup=${WARMUP:-60}
duration=${DURATION:-20}
bench_dir=${BENCH_DIR:-/tmp/warnews-bench-links}
jar=$(ls target/war-news-reference-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { echo "package the app first: ./mvnw -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed" >&2; exit 1; }
mkdir -p "$bench_dir"
pg_port=$((20000 + RANDOM % 10000))
http_port=$((30000 + RANDOM % 10000))
base="http://127.0.0.1:$http_port"

app=
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=; fi; }
trap stop_app EXIT
taskset -c 1 java -jar "$jar" --server.address=127.0.0.1 --server.port="$http_port" --management.server.port=0 \
  --warnews.database.ephemeral=true --warnews.database.port="$pg_port" > "$bench_dir/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  curl -fs "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start: see $bench_dir/app.log" >&2; exit 1; }
  sleep 1
done

urls=(/claims/uk-mod-more-than-one-million-russian-casualties /figures /feed.atom /sitemap.xml /sitemaps/pages.xml
  /sitemaps/claims-1.xml "/api/v1/claims?size=50" /api/v1/claims/uk-mod-more-than-one-million-russian-casualties
  /claims/uk-mod-more-than-one-million-russian-casualties/cite.bib /data/claims.csv /data/claims.json)

median() { sort -g | sed -n 2p; }
# wrk's latency figures in milliseconds, whatever unit it printed them in.
to_ms() { awk '{ v = $1; if (v ~ /us$/) printf "%.3f\n", v / 1000; else if (v ~ /ms$/) printf "%.3f\n", v + 0;
  else if (v ~ /s$/) printf "%.3f\n", v * 1000; else print v }'; }

echo "== warm-up: ${warmup} s over ${#urls[@]} URLs"
per_url=$(( warmup / ${#urls[@]} + 1 ))
for url in "${urls[@]}"; do taskset -c 0 wrk -t1 -c8 -d"${per_url}s" "$base$url" >/dev/null; done

echo "== first source (26 claims): wrk -t1 -c32 -d${duration}s --latency, median of 3 runs"
printf '%-64s %10s %10s %10s\n' URL req/s p50_ms p99_ms
for url in "${urls[@]}"; do
  rps=(); p50=(); p99=()
  for _ in 1 2 3; do
    out=$(taskset -c 0 wrk -t1 -c32 -d"${duration}s" --latency "$base$url")
    rps+=("$(awk '/Requests\/sec/ { print $2 }' <<<"$out")")
    p50+=("$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)")
    p99+=("$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)")
  done
  printf '%-64s %10s %10s %10s\n' "$url" "$(printf '%s\n' "${rps[@]}" | median)" \
    "$(printf '%s\n' "${p50[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)"
done

[ "$scale" -gt 0 ] || exit 0
echo "== generating $scale claims"
copies=$(( scale / 26 + 1 ))
psql -q -h 127.0.0.1 -p "$pg_port" -U warnews_owner -d warnews -v ON_ERROR_STOP=1 <<SQL
ALTER TABLE claim_topic DISABLE TRIGGER claim_topic_touches_claim;
INSERT INTO claim (slug, item_id, actor_id, kind, summary, quote, quote_start, quote_end, direct_quote, said_on,
                   said_on_precision, said_on_phrase, said_on_inference, via)
SELECT left('gen-' || g || '-' || c.slug, 120), c.item_id, c.actor_id, c.kind, c.summary, c.quote, c.quote_start,
       c.quote_end, c.direct_quote, c.said_on, c.said_on_precision, c.said_on_phrase, c.said_on_inference, c.via
FROM claim c CROSS JOIN generate_series(1, $copies) g WHERE c.slug NOT LIKE 'gen-%';
INSERT INTO claim_topic (claim_id, topic_id)
SELECT n.id, ct.topic_id FROM claim n JOIN claim o ON o.slug = regexp_replace(n.slug, '^gen-[0-9]+-', '')
JOIN claim_topic ct ON ct.claim_id = o.id WHERE n.slug LIKE 'gen-%';
ALTER TABLE claim_topic ENABLE TRIGGER claim_topic_touches_claim;
ANALYZE claim;
ANALYZE claim_topic;
SQL
claims=$(psql -qtA -h 127.0.0.1 -p "$pg_port" -U warnews_owner -d warnews -c "SELECT count(*) FROM claim")
echo "== $claims claims: one request at a time, median of 3 (after one untimed request)"
printf '%-64s %12s %12s\n' URL seconds bytes
for url in /claims/gen-1-uk-mod-more-than-one-million-russian-casualties /feed.atom /sitemap.xml /sitemaps/pages.xml \
  /sitemaps/claims-1.xml "/api/v1/claims?size=50" "/api/v1/claims?size=50&page=1000" \
  "/api/v1/claims?topic=casualties&actor=uk-ministry-of-defence&size=50" /data/claims.csv /data/claims.json; do
  curl -fs -o /dev/null "$base$url"
  times=(); size=
  for _ in 1 2 3; do
    read -r t size < <(curl -fs -o /dev/null -w '%{time_total} %{size_download}\n' "$base$url")
    times+=("$t")
  done
  printf '%-64s %12s %12s\n' "$url" "$(printf '%s\n' "${times[@]}" | median)" "$size"
done
