#!/usr/bin/env bash
# Backup of the whole database (our tables, the issued documents and the process engine's tables) in one
# consistent snapshot, taken while the application runs:   scripts/backup.sh DATABASE FILE
# Connection from the usual PostgreSQL variables (PGHOST, PGPORT, PGUSER, PGPASSWORD). See docs/operations.md.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 DATABASE FILE" >&2; exit 2; }
pg_dump --format=custom --compress=6 --file="$2" "$1"
echo "Backup of $1 written to $2 ($(du -h "$2" | cut -f1)), sha256 $(sha256sum "$2" | cut -d' ' -f1)"
