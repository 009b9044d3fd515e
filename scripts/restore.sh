#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a new, empty database:   scripts/restore.sh FILE NEW_DATABASE
# The application then starts on it as on the original (SPRING_DATASOURCE_URL pointing at NEW_DATABASE).
# Roles named in the backup's grants (the audit role baocao_app, docs/audit.md) must exist on the target server.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FILE NEW_DATABASE" >&2; exit 2; }
createdb "$2"
pg_restore --exit-on-error --single-transaction --dbname="$2" "$1"
echo "Restored $1 into $2: $(psql -Atc 'select count(*) from report' "$2") reports, $(psql -Atc 'select count(*) from audit_entry' "$2") audit entries"
