#!/bin/bash
# The streaming replica (compose profile `scale`): on an empty volume, a base backup of the primary that starts
# as a hot standby following it (-R writes primary_conninfo and standby.signal); then the image's own entrypoint.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  for attempt in $(seq 30); do
    if pg_basebackup -h postgres -U warnews_replicator -D "$PGDATA" -R -X stream -c fast; then break; fi
    [ "$attempt" -lt 30 ] || { echo "no base backup from the primary after 30 attempts" >&2; exit 1; }
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres
