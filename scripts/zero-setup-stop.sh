#!/usr/bin/env bash
# The zero-setup run as README.md gives it (`./mvnw`, in a terminal), stopped the way a user stops it: Ctrl-C,
# which the terminal sends as SIGINT to the whole foreground job (Maven and the application's JVM). The terminal
# is tmux's, so the signal is the real one (a script's background job would ignore SIGINT). Fails unless every
# process of the run, the embedded PostgreSQL included, is gone within 10 s, or if an ERROR was logged.
#   scripts/zero-setup-stop.sh        (its data under target/zero-setup-stop; port 18090; needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/api.sh

RUN_DIR=target/zero-setup-stop
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
export EMBEDDED_PG_DIR=$PWD/$RUN_DIR/data PORT=18090
BASE=http://127.0.0.1:$PORT
log=$RUN_DIR/run.log

session=zero-setup-stop-$$
tmux new-session -d -s "$session" -x 200 -y 50 \
  "cd '$PWD' && EMBEDDED_PG_DIR='$EMBEDDED_PG_DIR' PORT=$PORT ./mvnw -B >'$log' 2>&1"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  pkill -9 -f "$EMBEDDED_PG_DIR" 2>/dev/null || true
}
trap cleanup EXIT
run_processes() {
  pgrep -f "plexus-classworlds.*-Dmaven.multiModuleProjectDirectory=$PWD |-cp $PWD/target/classes.*vn.dangbo.baocao.Application|$EMBEDDED_PG_DIR" || true
}

wait_ready 300 || { tail -n 60 "$log"; fail "the zero-setup run was not ready within 300 s"; }
remember_password vanphong demo
expect 200 vanphong GET /api/me
say "zero-setup run ready; Ctrl-C"

[ -n "$(run_processes)" ] || fail "cannot find the run's processes"
start=$(date +%s%N)
tmux send-keys -t "$session" C-c
while [ -n "$(run_processes)" ]; do
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$elapsed" -lt 10000 ] || fail "still running 10 s after Ctrl-C: $(run_processes | xargs)"
  sleep 0.1
done
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
errors=$(grep -E '^\S+( \[[^]]+\])? +ERROR ' "$log" || true)
[ -z "$errors" ] || fail "the run logged errors: $errors"
say "the zero-setup run stopped ${elapsed} ms after Ctrl-C, PostgreSQL with it, no error logged"
