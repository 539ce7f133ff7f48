#!/bin/sh
# Runs once, when the postgres container initialises an empty volume: the role a streaming replica connects as
# (compose profile `scale`, docker/postgres-replica/), allowed to replicate from the compose network only.
set -e
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v password="$WARNEWS_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE warnews_replicator LOGIN REPLICATION PASSWORD :'password';
SQL
echo "host replication warnews_replicator samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
