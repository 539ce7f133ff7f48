#!/bin/sh
# Runs once, when the postgres container initialises an empty volume: the SELECT-only role the app reads through.
# The owner role (POSTGRES_USER) owns the database and runs the migrations.
# The statement comes on standard input: psql interpolates :'variables' there, not in -c.
set -e
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v reader_password="$WARNEWS_READER_PASSWORD" <<'SQL'
CREATE ROLE warnews_reader LOGIN PASSWORD :'reader_password';
SQL
