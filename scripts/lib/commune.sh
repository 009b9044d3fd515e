# shellcheck shell=bash
# A commune through the REST API: its chi bộ and users, and one report from opening to ISSUED. Needs api.sh.

UNITS=(ubnd congan truong)
USER_PASSWORD=${USER_PASSWORD:-'Mat-khau-2026!'}

# setup_commune ADMIN: the chi bộ and one user per role, as the administrator does after the first start
setup_commune() {
  local admin=$1 unit name
  for unit in "${UNITS[@]}"; do
    case $unit in
      ubnd) name='Chi bộ Ủy ban nhân dân xã' ;;
      congan) name='Chi bộ Công an xã' ;;
      truong) name='Chi bộ Trường THCS Xuân Vinh' ;;
    esac
    expect 201 "$admin" POST /api/admin/units "$(jq -nc --arg c "$unit" --arg n "$name" '{code: $c, name: $n, kind: "CHI_BO"}')"
    add_user "$admin" "$unit" "Bí thư $name" "$unit" UNIT
  done
  add_user "$admin" vanphong 'Trần Thị Mai' vpdu OFFICE
  add_user "$admin" bithu 'Phạm Văn Thắng' btv LEADERSHIP 'BÍ THƯ'
}

# add_user ADMIN USERNAME FULLNAME UNIT ROLE [POSITION]
add_user() {
  expect 201 "$1" POST /api/admin/users "$(jq -nc --arg u "$2" --arg f "$3" --arg unit "$4" --arg r "$5" \
    --arg pos "${6-}" --arg p "$USER_PASSWORD" \
    '{username: $u, fullName: $f, unitCode: $unit, roles: [$r], password: $p} + (if $pos == "" then {} else {position: $pos} end)')"
  remember_password "$2" "$USER_PASSWORD"
}

# open_report YEAR MONTH [DEADLINE]: the office opens the monthly report (due in 7 days); prints its id
open_report() {
  local deadline=${3-} body
  [ -n "$deadline" ] || deadline=$(date -u -d '+7 days' +%Y-%m-%dT%H:%M:%SZ)
  body=$(jq -nc --argjson y "$1" --argjson m "$2" --arg d "$deadline" '{templateId: "nq57-thang",
    period: {kind: "MONTH", year: $y, number: $m}, deadline: $d,
    assignments: {ubnd: "ubnd", congan: "congan", truong: "truong"},
    recipients: ["Ủy ban Kiểm tra Tỉnh ủy,", "Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy."],
    signerUsername: "bithu"}')
  expect 201 vanphong POST /api/reports "$body"
  jq -r .id <<<"$BODY"
}

# submit_part UNIT REPORT: the chi bộ writes its part and submits it
submit_part() {
  write_unit_part "$1" "$2" "Nội dung của $1"
  complete "$1" "$(task_id "$1" "$2" CONTRIBUTE)" SUBMIT
}

# accept_parts REPORT: the office accepts every submitted part; the report moves on to consolidation
accept_parts() {
  local unit
  for unit in "${UNITS[@]}"; do
    complete vanphong "$(task_id vanphong "$1" REVIEW "$unit")" ACCEPT
  done
  await_status vanphong "$1" CONSOLIDATING
}

# consolidate_and_approve REPORT: the office writes its sections and forwards, the Bí thư approves
consolidate_and_approve() {
  write_office_sections vanphong "$1" 'Văn phòng Đảng ủy tổng hợp'
  complete vanphong "$(task_id vanphong "$1" CONSOLIDATE)" FORWARD
  await_status vanphong "$1" AWAITING_APPROVAL
  complete bithu "$(task_id bithu "$1" APPROVE)" APPROVE
}

# run_report YEAR MONTH: one report from opening to ISSUED; prints its id
run_report() {
  local id unit
  id=$(open_report "$1" "$2")
  for unit in "${UNITS[@]}"; do
    submit_part "$unit" "$id"
  done
  accept_parts "$id"
  consolidate_and_approve "$id"
  await_status vanphong "$id" ISSUED
  echo "$id"
}
