#!/bin/bash
# First start of the mysql:8.4 container (docker-entrypoint-initdb.d, run once on an empty data
# volume, as root): creates the survivor_voice database, the migration account and the
# least-privilege application account with sql/accounts.sql. The passwords come from the
# container's environment (compose.yaml passes QUARKUS_FLYWAY_PASSWORD and
# QUARKUS_DATASOURCE_PASSWORD from .env) and reach MySQL on stdin, never on a command line.
# The entrypoint sources this file: docker_process_sql is its function.
if [ -z "${MIGRATOR_PASSWORD:-}" ] || [ -z "${APP_PASSWORD:-}" ]; then
  echo "survivor-voice: QUARKUS_FLYWAY_PASSWORD and QUARKUS_DATASOURCE_PASSWORD must be set in .env" >&2
  exit 1
fi

# a literal for MySQL: backslashes doubled, single quotes doubled
sql_literal() {
  printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g")"
}

{
  printf 'SET @migrator_password = %s, @app_password = %s;\n' \
    "$(sql_literal "$MIGRATOR_PASSWORD")" \
    "$(sql_literal "$APP_PASSWORD")"
  cat /opt/survivor-voice/accounts.sql
} | docker_process_sql
echo "survivor-voice: database survivor_voice and its two accounts created"
