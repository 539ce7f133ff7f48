#!/usr/bin/env bash
# Writes a deterministic generated corpus of SIZE claims as editorial files (source folders) into DIR.
# usage: bench/corpus.sh SIZE DIR
# The app loads them, through the same path as real sources, when started with
#   --warnews.sources.locations=classpath:db/sources/,file:DIR/
# Never give that to a database you care about: it publishes thousands of generated claims. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
  echo "usage: bench/corpus.sh SIZE DIR" >&2
  exit 2
fi
exec java bench/Corpus.java "$@"
