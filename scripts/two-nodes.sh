#!/usr/bin/env bash
# Two nodes of the production jar on one PostgreSQL, HAProxy in front (deploy/haproxy.cfg), as
# docs/operations.md describes. Proves, through the balancer:
#   1. both nodes started at once on an empty database, both with the bootstrap variables: one organisation;
#   2. every asynchronous job and timer runs exactly once across the nodes: reminders, overdue flags, the join
#      after the units, issuing, and one history-cleanup job;
#   3. a burst of submissions spread over both nodes, one node killed (kill -9) in the middle: nothing lost or
#      half-saved, each part submitted exactly once, numbers unique and gapless, the audit chain verifies;
#   4. a UI user of a node that dies is sent to sign in again and finds the work autosaved (Chromium).
#
#   scripts/two-nodes.sh [JAR]     (default target/baocao-*.jar built with -Pproduction)
# Needs: java 17, curl, jq, psql, haproxy, chromium + chromium-driver; PostgreSQL as for production-path.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
here=scripts

JAR=${1:-$(ls target/baocao-*.jar 2>/dev/null | head -n 1)}
[ -f "$JAR" ] || { echo "No production jar: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN_DIR=target/two-nodes
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
DB=baocao_twonodes
LB=18100 A=18101 B=18102
ADMIN=quantri
ADMIN_PASSWORD='Quan-tri-Xuan-Hung-2026'
BURST_REPORTS=12

source "$here/lib/api.sh"
source "$here/lib/commune.sh"
source "$here/lib/node.sh"
haproxy_pid=
cleanup() {
  stop_all
  [ -z "$haproxy_pid" ] || kill "$haproxy_pid" 2>/dev/null || true
}
trap cleanup EXIT

node_env() {
  echo SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD= \
    APP_BOOTSTRAP_ORGANISATION_CODE=xuan-hung APP_BOOTSTRAP_ORGANISATION_TERM_START=2025-07-01 \
    APP_BOOTSTRAP_ADMIN_USERNAME=$ADMIN APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
}
# the names with spaces, which node_env's word splitting cannot carry
export "APP_BOOTSTRAP_ORGANISATION_NAME=ĐẢNG ỦY XÃ XUÂN HƯNG" \
  "APP_BOOTSTRAP_ORGANISATION_SUPERIOR=ĐẢNG BỘ TỈNH NINH BÌNH" "APP_BOOTSTRAP_ORGANISATION_PLACE=Xuân Hưng" \
  "APP_BOOTSTRAP_ORGANISATION_SHORT_NAME=Đảng ủy xã Xuân Hưng"

# start NAME PORT: a node (its Actuator port is PORT + 10)
start() {
  # shellcheck disable=SC2046
  start_node "$1" "$2" $(node_env) MANAGEMENT_PORT=$(($2 + 10))
}
await_node() {
  local until=$((SECONDS + 240))
  until BASE=http://127.0.0.1:$2 wait_ready 2; do
    node_alive "$1" || { tail -n 40 "$RUN_DIR/$1.log"; fail "node $1 exited while starting"; }
    [ $SECONDS -lt $until ] || { tail -n 40 "$RUN_DIR/$1.log"; fail "node $1 not ready within 240 s"; }
  done
}
sql() {
  psql -Atq -d "$DB" -c "$1"
}
no_errors() {
  local errors
  errors=$(errors_in_log "$1")
  [ -z "$errors" ] || fail "node $1 logged errors: $errors"
}

# audit_count REPORT ACTION: "unit count" lines of a report's audit entries of one action (the unit acting,
# or for the engine's own entries the unit they are about)
audit_count() {
  expect 200 "$ADMIN" GET "/api/reports/$1/audit"
  jq -r --arg a "$2" '[.[] | select(.action == $a) | (.unitCode // (.target | sub("^unit:"; "")))]
    | group_by(.) | map("\(.[0]) \(length)")[]' <<<"$BODY"
}

psql -q -c "drop database if exists $DB" -c "create database $DB"
remember_password "$ADMIN" "$ADMIN_PASSWORD"

say "1. two nodes start at once on the empty database, both with the bootstrap variables"
start a $A
start b $B
await_node a $A
await_node b $B
[ "$(sql 'select count(*) from organisation')" = 1 ] || fail "the bootstrap ran twice"
[ "$(cat "$RUN_DIR"/a.log "$RUN_DIR"/b.log | grep -c 'Organisation xuan-hung')" = 1 ] || fail "two bootstraps"
no_errors a
no_errors b
LISTEN=127.0.0.1:$LB NODE_A=127.0.0.1:$A NODE_B=127.0.0.1:$B haproxy -db -f deploy/haproxy.cfg \
  >"$RUN_DIR/haproxy.log" 2>&1 &
haproxy_pid=$!
BASE=http://127.0.0.1:$LB
wait_ready 30 || fail "HAProxy does not answer"
setup_commune "$ADMIN"

say "2. timers: a report due in 45 s reminds at once and flags each unit overdue at the deadline, once"
timed=$(open_report 2025 12 "$(date -u -d '+45 seconds' +%Y-%m-%dT%H:%M:%SZ)")
until=$((SECONDS + 150))
while [ "$(audit_count "$timed" OVERDUE | wc -l)" -lt 3 ]; do
  [ $SECONDS -lt $until ] || fail "the overdue flags did not come: $(audit_count "$timed" OVERDUE | xargs)"
  sleep 2
done
sleep 10   # a second run of any timer would show by now
for action in REMINDED OVERDUE; do
  counts=$(audit_count "$timed" $action | sort | xargs)
  [ "$counts" = "congan 1 truong 1 ubnd 1" ] || fail "$action entries per unit: '$counts', expected one each"
done
# each recipient (the unit's users, the office) has each notice once
twice=$(sql "select kind, user_id, unit_id from notification where report_id = $timed
  group by kind, user_id, unit_id having count(*) > 1")
[ -z "$twice" ] || fail "notifications sent twice: $twice"
say "   one reminder and one overdue flag per unit"

say "3. burst: $BURST_REPORTS reports × 3 chi bộ submit at once over both nodes; node b dies in the middle"
reports=()
for month in $(seq 1 $BURST_REPORTS); do
  id=$(open_report 2026 "$month")
  reports+=("$id")
  for unit in "${UNITS[@]}"; do
    write_unit_part "$unit" "$id" "Nội dung của $unit"
    echo "$unit $(password_of "$unit") $id $(task_id "$unit" "$id" CONTRIBUTE)" >>"$RUN_DIR/burst.txt"
  done
done
submit_one() {   # USER PASSWORD REPORT TASK: prints "REPORT USER TASK STATUS"
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u "$1:$2" -H 'Content-Type: application/json' \
    --data '{"action":"SUBMIT"}' "$BASE/api/tasks/$4/complete") || code=000
  echo "$3 $1 $4 $code"
}
export -f submit_one
export BASE
: >"$RUN_DIR/burst-results.txt"
( xargs -P 6 -L 1 bash -c 'submit_one "$@"' _ <"$RUN_DIR/burst.txt" >>"$RUN_DIR/burst-results.txt" ) &
burst=$!
while [ "$(wc -l <"$RUN_DIR/burst-results.txt")" -lt 8 ]; do sleep 0.05; done
kill_node b
say "   node b killed after $(wc -l <"$RUN_DIR/burst-results.txt") of $((BURST_REPORTS * 3)) answers"
wait $burst
say "   answers: $(cut -d' ' -f4 "$RUN_DIR/burst-results.txt" | sort | uniq -c | xargs)"
# what did not answer 204 is sent again, as a user would press "Nộp" again: 204, or 409 if it had been saved
while read -r report user task code; do
  [ "$code" = 204 ] && continue
  call "$user" POST "/api/tasks/$task/complete" '{"action":"SUBMIT"}'
  case $STATUS in
    204) say "   $user in report $report: not saved by the dead node, submitted again" ;;
    409) say "   $user in report $report: saved before the node died (the answer was lost)" ;;
    *) fail "submitting again in report $report as $user answered $STATUS: $BODY" ;;
  esac
done <"$RUN_DIR/burst-results.txt"
for id in "${reports[@]}"; do
  expect 200 vanphong GET "/api/reports/$id"
  [ "$(jq -r '[.units[].status] | unique | join(",")' <<<"$BODY")" = SUBMITTED ] || fail "report $id: $BODY"
  counts=$(audit_count "$id" SUBMITTED | sort | xargs)
  [ "$counts" = "congan 1 truong 1 ubnd 1" ] || fail "report $id SUBMITTED entries per unit: '$counts'"
done
say "   every part submitted exactly once"

say "4. node b back; review, consolidation and approval spread over both; every report issued once"
start b $B
await_node b $B
for id in "${reports[@]}"; do
  accept_parts "$id"
done
for id in "${reports[@]}"; do
  [ "$(sql "select count(*) from act_ru_task t join report r on r.process_instance_id = t.proc_inst_id_
    where r.id = $id and t.task_def_key_ = 'consolidate'")" = 1 ] || fail "report $id: not one consolidation task"
  consolidate_and_approve "$id"
done
for id in "${reports[@]}"; do
  await_status vanphong "$id" ISSUED 180
  [ "$(audit_count "$id" ISSUED | awk '{s += $2} END {print s}')" = 1 ] || fail "report $id issued twice"
done
expect 200 vanphong GET /api/register
numbers=$(jq -r '[.[].symbol | split("-")[0] | tonumber] | sort | map(tostring) | join(" ")' <<<"$BODY")
[ "$numbers" = "$(seq -s ' ' 1 $BURST_REPORTS)" ] || fail "register numbers: $numbers"
[ "$(sql "select count(*) from act_ru_job where handler_type_ = 'history-cleanup'")" -le 1 ] \
  || fail "more than one history-cleanup job"
expect 200 "$ADMIN" GET /api/audit/verify
[ "$(jq -r .ok <<<"$BODY")" = true ] || fail "audit chain: $BODY"
say "   numbers 01..$BURST_REPORTS, each report issued once, audit chain verifies ($(jq -r .entries <<<"$BODY") entries)"

say "5. a chi bộ in the browser loses its node"
ui=$(open_report 2027 1)
task=$(task_id ubnd "$ui" CONTRIBUTE)
./mvnw -B test-compile failsafe:integration-test failsafe:verify -Dit.test=NodeLossBrowserIT \
  -Dnodes.url="$BASE" -Dnodes.run-dir="$PWD/$RUN_DIR" -Dnodes.user=ubnd -Dnodes.password="$USER_PASSWORD" \
  -Dnodes.task="$task" -Dfailsafe.failIfNoSpecifiedTests=true
expect 200 "$ADMIN" GET /api/audit/verify
[ "$(jq -r .ok <<<"$BODY")" = true ] || fail "audit chain after the node loss: $BODY"

for node in a b; do
  if node_alive $node; then
    no_errors $node
    stop_node $node 10
    say "node $node stopped ${STOP_MS} ms after SIGTERM"
  fi
done
say "Two nodes held: one bootstrap, jobs once, burst with a node killed, numbers gapless, UI work kept."
