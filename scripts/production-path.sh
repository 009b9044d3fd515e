#!/usr/bin/env bash
# The production path as a new installation walks it (docs/operations.md), through the REST API only:
# first start of the production jar on an empty PostgreSQL database, configured only by the documented
# environment variables; the administrator sets up the commune; one report from opening to ISSUED; a restart
# that changes nothing; SIGTERM (exit within 10 s, no error logged); a start that finds everything and verifies
# the audit chain; a crash (kill -9) right after an approval, after which the restarted node issues the report
# within 60 s; then a backup, a restore into a new database and a start on the copy, the Docker image's way.
#
#   scripts/production-path.sh [JAR]        (default target/baocao-*.jar built with -Pproduction)
#
# Needs: java 17, curl, jq, psql/pg_dump/pg_restore, a PostgreSQL server (PGHOST/PGPORT/PGUSER, default
# 127.0.0.1:5432 postgres, trust). Uses the databases DB, DB_restored and DB_training (the class-data-sharing
# training run of scripts/cds.sh, as in the Dockerfile), DB=baocao_prodpath unless PRODPATH_DB names another.
set -euo pipefail
cd "$(dirname "$0")/.."
here=scripts

JAR=${1:-$(ls target/baocao-*.jar 2>/dev/null | head -n 1)}
[ -f "$JAR" ] || { echo "No production jar: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
export JAR
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN_DIR=${RUN_DIR:-target/production-path}
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
export RUN_DIR
PORT=${PORT:-18080}
BASE=http://127.0.0.1:$PORT
DB=${PRODPATH_DB:-baocao_prodpath}
ADMIN=quantri
ADMIN_PASSWORD='Quan-tri-Xuan-Hung-2026'

# shellcheck source=lib/api.sh
source "$here/lib/api.sh"
# shellcheck source=lib/commune.sh
source "$here/lib/commune.sh"
# shellcheck source=lib/node.sh
source "$here/lib/node.sh"
trap stop_all EXIT

# Exactly the variables README.md and docker-compose.yml document: nothing else configures the application.
database_env() {
  echo SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD=
}
bootstrap_env=(
  APP_BOOTSTRAP_ORGANISATION_CODE=xuan-hung
  "APP_BOOTSTRAP_ORGANISATION_NAME=ĐẢNG ỦY XÃ XUÂN HƯNG"
  "APP_BOOTSTRAP_ORGANISATION_SUPERIOR=ĐẢNG BỘ TỈNH NINH BÌNH"
  "APP_BOOTSTRAP_ORGANISATION_PLACE=Xuân Hưng"
  "APP_BOOTSTRAP_ORGANISATION_SHORT_NAME=Đảng ủy xã Xuân Hưng"
  APP_BOOTSTRAP_ORGANISATION_TERM_START=2025-07-01
  APP_BOOTSTRAP_ADMIN_USERNAME=$ADMIN
  "APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD"
)

# start NAME DB [extra variables]: starts and waits until ready; fails on an early exit or an ERROR line
start() {
  local name=$1 db=$2 began
  shift 2
  began=$SECONDS
  # shellcheck disable=SC2046
  start_node "$name" "$PORT" $(database_env "$db") MANAGEMENT_PORT=$((PORT + 10)) "$@"
  until wait_ready 2; do
    node_alive "$name" || { tail -n 60 "$RUN_DIR/$name.log"; fail "$name exited while starting"; }
    [ $((SECONDS - began)) -lt 180 ] || { tail -n 60 "$RUN_DIR/$name.log"; fail "$name not ready within 180 s"; }
  done
  say "$name ready in $((SECONDS - began)) s"
  no_errors "$name"
}

no_errors() {
  local errors
  errors=$(errors_in_log "$1")
  [ -z "$errors" ] || fail "$1 logged errors: $errors"
}

stop() {
  stop_node "$1" 10
  say "$1 stopped ${STOP_MS} ms after SIGTERM"
  no_errors "$1"
}

# snapshot FILE: what must survive every restart and the restore, as the API shows it
snapshot() {
  {
    expect 200 vanphong GET "/api/reports/$REPORT"
    jq -S '{status, number, issuedAt, units: [.units[] | {unitCode, status, submittedBy}]}' <<<"$BODY"
    expect 200 vanphong GET /api/register
    jq -S '[.[] | {symbol, issuedAt, title, reportId, sha256}]' <<<"$BODY"
    expect 200 "$ADMIN" GET /api/admin/users
    jq -S '[.[] | {username, fullName}] | sort_by(.username)' <<<"$BODY"
    download vanphong "/api/reports/$REPORT/document" "$RUN_DIR/document.docx"
    sha256sum <"$RUN_DIR/document.docx" | cut -d' ' -f1
    expect 200 "$ADMIN" GET "/api/reports/$REPORT/audit"
    jq -c '[.[] | {seq, action, actor, hash}]' <<<"$BODY"
  } >"$1"
}

audit_verifies() {
  expect 200 "$ADMIN" GET /api/audit/verify
  [ "$(jq -r .ok <<<"$BODY")" = true ] || fail "audit chain broken: $BODY"
  say "audit chain verifies: $(jq -r .entries <<<"$BODY") entries"
}

psql -q -c "drop database if exists $DB" -c "drop database if exists ${DB}_restored" -c "create database $DB"
remember_password "$ADMIN" "$ADMIN_PASSWORD"

say "1. first start on an empty database, with the bootstrap variables"
start first "$DB" "${bootstrap_env[@]}"
grep -q "Organisation xuan-hung" "$RUN_DIR/first.log" || fail "the bootstrap did not create the organisation"
expect 200 "$ADMIN" GET /api/me
[ "$(jq -r '.roles | index("ADMIN") != null' <<<"$BODY")" = true ] || fail "the bootstrap administrator is no admin: $BODY"

say "2. the administrator adds the chi bộ and the users"
setup_commune "$ADMIN"

say "3. one report from opening to ISSUED"
REPORT=$(run_report 2026 11)
expect 200 vanphong GET "/api/reports/$REPORT"
[ "$(jq -r .number <<<"$BODY")" = "01-BC/ĐU" ] || fail "issued as $(jq -r .number <<<"$BODY"), expected 01-BC/ĐU"
snapshot "$RUN_DIR/before.txt"
audit_verifies

say "4. restart with the same variables: no second bootstrap, nothing changed"
stop first
start second "$DB" "${bootstrap_env[@]}"
grep -q "An organisation exists" "$RUN_DIR/second.log" || fail "the second start did not see the organisation"
grep -q "Organisation xuan-hung" "$RUN_DIR/second.log" && fail "the second start bootstrapped again"
snapshot "$RUN_DIR/second.txt"
diff "$RUN_DIR/before.txt" "$RUN_DIR/second.txt" || fail "the restart changed what the API shows"

say "5. SIGTERM, then a start without the bootstrap variables finds everything"
stop second
start third "$DB"
snapshot "$RUN_DIR/third.txt"
diff "$RUN_DIR/before.txt" "$RUN_DIR/third.txt" || fail "after SIGTERM and a start the API shows other data"
audit_verifies
say "   a second report: the node is killed (kill -9) the moment the Bí thư's approval is answered"
SECOND=$(open_report 2026 12)
for unit in "${UNITS[@]}"; do
  submit_part "$unit" "$SECOND"
done
accept_parts "$SECOND"
write_office_sections vanphong "$SECOND" 'Văn phòng Đảng ủy tổng hợp'
complete vanphong "$(task_id vanphong "$SECOND" CONSOLIDATE)" FORWARD
await_status vanphong "$SECOND" AWAITING_APPROVAL
complete bithu "$(task_id bithu "$SECOND" APPROVE)" APPROVE
kill_node third
start crashed "$DB"
ready_at=$SECONDS
await_status vanphong "$SECOND" ISSUED 60
say "   issued $((SECONDS - ready_at)) s after the restarted node was ready"
expect 200 vanphong GET "/api/reports/$SECOND"
[ "$(jq -r .number <<<"$BODY")" = "02-BC/ĐU" ] || fail "second report issued as $(jq -r .number <<<"$BODY")"
audit_verifies
snapshot "$RUN_DIR/before-backup.txt"

say "6. backup while running, restore into a new database, start on the copy"
"$here/backup.sh" "$DB" "$RUN_DIR/baocao.dump"
stop crashed
"$here/restore.sh" "$RUN_DIR/baocao.dump" "${DB}_restored"
say "   the copy is started the way the Docker image starts: unpacked jar, CDS archive from a training run"
psql -q -c "drop database if exists ${DB}_training" -c "create database ${DB}_training"
"$here/cds.sh" extract "$JAR" "$RUN_DIR/image"
# shellcheck disable=SC2046
env $(database_env "${DB}_training") MANAGEMENT_PORT=$((PORT + 10)) "$here/cds.sh" train "$RUN_DIR/image"
[ -s "$RUN_DIR/image/app.jsa" ] || fail "the training run wrote no class archive"
# -Xshare:on: a JVM that cannot map the archive refuses to start instead of starting without it
JAVA_OPTS="$JAVA_OPTS -Xshare:on" CDS_DIR=$RUN_DIR/image start restored "${DB}_restored"
grep -q "SharedArchiveFile" /proc/"$(node_pid restored)"/cmdline || fail "the image's start did not use the archive"
snapshot "$RUN_DIR/restored.txt"
diff "$RUN_DIR/before-backup.txt" "$RUN_DIR/restored.txt" || fail "the restored copy differs"
audit_verifies
stop restored

say "The production path held: first start, report issued, restart, SIGTERM, start, backup and restore."
