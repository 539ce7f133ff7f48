#!/usr/bin/env bash
# Loads a deterministic generated corpus of SIZE claims into an already migrated War News Reference database.
# usage: bench/corpus.sh SIZE JDBC_URL [USER [PASSWORD]]     (USER defaults to warnews_owner; or set PGPASSWORD)
# Never point it at a database you care about: it adds thousands of generated claims. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: bench/corpus.sh SIZE JDBC_URL [USER [PASSWORD]]" >&2
  exit 2
fi
classpath=target/bench/postgresql.classpath
if [ ! -s "$classpath" ]; then
  mkdir -p target/bench
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeArtifactIds=postgresql -Dmdep.outputFile="$classpath" >/dev/null
fi
exec java -cp "$(cat "$classpath")" bench/Corpus.java "$@"
