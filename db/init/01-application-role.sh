#!/bin/sh
# Run once by the postgres image on an empty data volume (docker-compose mounts this folder at
# /docker-entrypoint-initdb.d): creates the restricted role Fact Desk connects as (ADR 017). The owner role
# (POSTGRES_USER) migrates the schema; Flyway grants this role its rights.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v app_password="${FACTDESK_APP_PASSWORD:?set FACTDESK_APP_PASSWORD}" <<'SQL'
create role factdesk_app login password :'app_password' nosuperuser nocreatedb nocreaterole nobypassrls;
SQL
