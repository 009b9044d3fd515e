# shellcheck shell=bash
# Starting and stopping the production jar as an operator does: `java -jar` configured only by environment
# variables. Each node's log is $RUN_DIR/NAME.log (appended across restarts), its pid $RUN_DIR/NAME.pid.

: "${RUN_DIR:?set RUN_DIR}"
: "${JAR:?set JAR to the production jar}"
# The nodes run a copy: a build during the run (the browser test's) must not rewrite the jar under them.
cp "$JAR" "$RUN_DIR/app.jar"
JAR=$RUN_DIR/app.jar
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}

# start_node NAME PORT [VAR=value ...]: starts the jar in the background with the caller's environment plus these.
# With CDS_DIR set, starts as the Docker image does: scripts/cds.sh run CDS_DIR (the unpacked jar + its archive).
start_node() {
  local name=$1 port=$2
  shift 2
  echo "===== start $(date -u +%FT%TZ)" >>"$RUN_DIR/$name.log"
  if [ -n "${CDS_DIR-}" ]; then
    env "$@" SERVER_PORT="$port" JAVA_OPTS="$JAVA_OPTS" setsid scripts/cds.sh run "$CDS_DIR" >>"$RUN_DIR/$name.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    env "$@" SERVER_PORT="$port" setsid java $JAVA_OPTS -jar "$JAR" >>"$RUN_DIR/$name.log" 2>&1 &
  fi
  echo $! >"$RUN_DIR/$name.pid"
}

node_pid() {
  cat "$RUN_DIR/$1.pid"
}

node_alive() {
  kill -0 "$(node_pid "$1")" 2>/dev/null
}

# stop_node NAME LIMIT: SIGTERM, as `docker stop` or systemd sends it; fails if the JVM outlives LIMIT seconds
stop_node() {
  local pid start
  pid=$(node_pid "$1")
  start=$(date +%s%N)
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge "$2" ]; then
      kill -9 "$pid"
      fail "$1 did not stop within $2 s of SIGTERM"
    fi
    sleep 0.1
  done
  STOP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}

# kill_node NAME: kill -9, the machine's power cut
kill_node() {
  kill -9 "$(node_pid "$1")" 2>/dev/null || true
  while node_alive "$1"; do sleep 0.1; done
}

# errors_in_log NAME: the ERROR lines a node has logged (none expected)
errors_in_log() {
  grep -E '^\S+( \[[^]]+\])? +ERROR ' "$RUN_DIR/$1.log" || true
}

# stop_all: for traps, every node still running
stop_all() {
  local f
  for f in "$RUN_DIR"/*.pid; do
    if [ -e "$f" ]; then
      kill -9 "$(cat "$f")" 2>/dev/null || true
    fi
  done
}
