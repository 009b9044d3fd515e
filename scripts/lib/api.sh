# shellcheck shell=bash
# The REST API from bash (curl + jq), for the operations scripts. Source it; set BASE (http://127.0.0.1:PORT).
# Every call leaves its status in $STATUS and its body in $BODY; `expect` stops the script on a surprise.

PASSWORD_OF=()   # "username=password" pairs, filled by remember_password

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

say() {
  echo "[$(date +%H:%M:%S)] $*"
}

remember_password() {
  PASSWORD_OF+=("$1=$2")
}

password_of() {
  local pair
  for pair in "${PASSWORD_OF[@]}"; do
    [ "${pair%%=*}" = "$1" ] && { echo "${pair#*=}"; return; }
  done
  fail "no password known for $1"
}

# call USER METHOD PATH [JSON]: one request as USER (HTTP Basic); USER '-' for none.
call() {
  local user=$1 method=$2 path=$3 data=${4-} out
  out=$(mktemp)
  local args=(-s -o "$out" -w '%{http_code}' -X "$method" --max-time 120)
  [ "$user" != "-" ] && args+=(-u "$user:$(password_of "$user")")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
  STATUS=$(curl "${args[@]}" "$BASE$path") || STATUS=000
  BODY=$(cat "$out")
  rm -f "$out"
}

# expect CODE USER METHOD PATH [JSON]
expect() {
  local code=$1
  shift
  call "$@"
  [ "$STATUS" = "$code" ] || fail "$2 $3 as $1 answered $STATUS, expected $code: $BODY"
}

# download USER PATH FILE: a binary answer to a file; fails unless 200
download() {
  local code
  code=$(curl -s -o "$3" -w '%{http_code}' -u "$1:$(password_of "$1")" "$BASE$2") || code=000
  [ "$code" = 200 ] || fail "GET $2 as $1 answered $code"
}

# wait_ready SECONDS: until the application answers its readiness probe (200 once started and bootstrapped)
wait_ready() {
  local until=$((SECONDS + $1)) code
  while [ $SECONDS -lt $until ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/readyz" 2>/dev/null) || code=000
    [ "$code" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}

# report_status USER ID
report_status() {
  expect 200 "$1" GET "/api/reports/$2"
  jq -r .status <<<"$BODY"
}

# await_status USER ID STATUS [SECONDS]: the engine's asynchronous steps (join, issuing) take a moment
await_status() {
  local until=$((SECONDS + ${4:-90})) now
  while [ $SECONDS -lt $until ]; do
    now=$(report_status "$1" "$2")
    [ "$now" = "$3" ] && return 0
    sleep 0.5
  done
  fail "report $2 is $now, expected $3"
}

# task_id USER REPORT KIND [UNIT]: the user's open task of a kind in a report
task_id() {
  expect 200 "$1" GET /api/tasks
  jq -r --argjson r "$2" --arg k "$3" --arg u "${4-}" \
    '[.[] | select(.reportId == $r and .kind == $k and ($u == "" or .unitCode == $u))][0].id // empty' <<<"$BODY"
}

# complete USER TASK ACTION [COMMENT]
complete() {
  local body
  body=$(jq -nc --arg a "$3" --arg c "${4-}" 'if $c == "" then {action: $a} else {action: $a, comment: $c} end')
  expect 204 "$1" POST "/api/tasks/$2/complete" "$body"
}

# write_unit_part USER REPORT MARKER: every item of every section of the unit's task, as text
write_unit_part() {
  local task detail code version items
  task=$(task_id "$1" "$2" CONTRIBUTE)
  [ -n "$task" ] || fail "$1 has no task in report $2"
  expect 200 "$1" GET "/api/tasks/$task"
  detail=$BODY
  while read -r code version; do
    items=$(jq -c --arg c "$code" --arg m "$3" \
      '[.sections[] | select(.code == $c) | .items[] | {code, text: ($m + " " + .code), indicators: {}}]' <<<"$detail")
    expect 200 "$1" PUT "/api/reports/$2/sections/$code" "$(jq -nc --argjson i "$items" --argjson v "$version" \
      '{items: $i, version: $v}')"
  done < <(jq -r '.sections[] | "\(.code) \(.version)"' <<<"$detail")
}

# write_office_sections USER REPORT MARKER: the sections the office writes itself (owner OFFICE, with items)
write_office_sections() {
  local template codes code items version
  expect 200 "$1" GET "/api/reports/$2"
  template=$(jq -r .templateId <<<"$BODY")
  expect 200 "$1" GET "/api/templates/$template"
  codes=$(jq -r '.. | objects | select(has("code") and (.owner.kind? == "OFFICE") and ((.items // []) | length > 0))
    | .code' <<<"$BODY")
  for code in $codes; do
    expect 200 "$1" GET "/api/reports/$2/sections/$code"
    version=$(jq .version <<<"$BODY")
    items=$(jq -c --arg m "$3" '[.items[] | {code, text: ($m + " " + .code)}]' <<<"$BODY")
    expect 200 "$1" PUT "/api/reports/$2/sections/$code" "$(jq -nc --argjson i "$items" --argjson v "$version" \
      '{items: $i, version: $v}')"
  done
}
