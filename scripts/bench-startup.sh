#!/usr/bin/env bash
# Cold-start benchmark (docs/benchmark.md, "Cold start"): how long from `java ...` to the first HTTP 200 on the
# readiness URL, for the production start and the zero-setup start, against a bare Spring Boot + Camunda
# skeleton (bench/skeleton) started in the same run, interleaved.
#
#   scripts/bench-startup.sh [-n N] [--jar target/baocao-0.1.0-SNAPSHOT.jar] [--no-zero-setup] [--no-build]
#
#   -n N             starts of each kind (default 5); the table shows the median
#   --jar PATH       reuse this production jar instead of building it (./mvnw -Pproduction -DskipTests clean package)
#   --no-zero-setup  skip the zero-setup starts (and their build)
#   --no-build       reuse target/classes and the skeleton jar from an earlier run (with --jar)
#
# Environment: BENCH_PG (default 127.0.0.1:5432, user postgres, trust auth), BENCH_PORT (default 18480),
# BENCH_START_TIMEOUT (seconds per start, default 180), BENCH_MAX_SECONDS (the whole measuring loop, default 2400),
# JAVA_OPTS (default -Xmx512m, as the Dockerfile).
#
# Kinds of start, each on its own database created for it (startup_bench_*), dropped at the end:
#   image-first / image-restart    the Docker image's start: scripts/cds.sh run on the extracted jar with the CDS
#                                  archive from a training run (the Dockerfile's steps), empty database / again
#   jar-first / jar-restart        `java -jar target/baocao-*.jar` as in README.md, empty database / again
#   zero-first / zero-restart      the local build's classes (./mvnw's zero-setup run: demo profile, embedded
#                                  PostgreSQL) with a fresh data directory, which seeds the demo data / again
#   skeleton-first / -restart      bench/skeleton: java -jar, empty database / again
#   skeleton-cds-restart           bench/skeleton with the same CDS treatment as the image (same ratio, same tools)
# Ready = the first 200 of GET /readyz; an application without /readyz (404) is ready at the first 200 of
# GET /login (the skeleton answers /readyz itself).
#
# Writes target/startup-benchmark.json and prints a table of medians and ratios. Every process it starts is
# stopped at the end, on error and on Ctrl-C.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

N=5
JAR=
ZERO=1
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N=$2; shift 2 ;;
    --jar) JAR=$(realpath "$2"); shift 2 ;;
    --no-zero-setup) ZERO=0; shift ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PG=${BENCH_PG:-127.0.0.1:5432}
PORT=${BENCH_PORT:-18480}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}
MAX_SECONDS=${BENCH_MAX_SECONDS:-2400}
export JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PSQL=(psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -v ON_ERROR_STOP=1 -qAt)
RUN_ID=$(date +%s)
DBS=()
APP_PID=
EMBEDDED_PG_DIRS=()

log() { printf '[bench-startup %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_app() {
  local pid=${APP_PID:-} p
  [ -n "$pid" ] || return 0
  # a training run is java under scripts/cds.sh: stop that JVM (child of the process we started) too
  local pids=("$pid" $(pgrep -P "$pid" 2>/dev/null || true))
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    local alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  # still starting after 20 s (Spring's shutdown hook waits for the refresh to end): kill
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  wait "$pid" 2>/dev/null || true
  APP_PID=
}

stop_embedded_postgres() {
  # the zero-setup run's PostgreSQL is stopped by the application on a normal shutdown; after a kill it is not
  local d pid
  for d in "${EMBEDDED_PG_DIRS[@]}"; do
    if [ -f "$d/postmaster.pid" ]; then
      pid=$(head -n1 "$d/postmaster.pid")
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; fi
    fi
  done
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_app
  stop_embedded_postgres
  for db in "${DBS[@]}"; do "${PSQL[@]}" -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true; done
  [ -n "${WORK:-}" ] && rm -rf "$WORK/pg"
  exit $rc
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# new_db SUFFIX: creates the empty database startup_bench_<run>_<suffix>, its name in NEW_DB
# in_background CMD...: runs a long step so that Ctrl-C reaches the trap at once (bash runs traps only between
# foreground commands) and the step is stopped by it
in_background() {
  "$@" &
  APP_PID=$!
  local rc=0
  wait "$APP_PID" || rc=$?
  APP_PID=
  return $rc
}

new_db() {
  NEW_DB="startup_bench_${RUN_ID}_$1"
  DBS+=("$NEW_DB")
  "${PSQL[@]}" -d postgres -c "create database $NEW_DB"
}

# ---------------------------------------------------------------- builds
"${PSQL[@]}" -d postgres -c 'select 1' >/dev/null || { echo "PostgreSQL at $PG is not reachable" >&2; exit 1; }
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use" >&2; exit 1; fi

if [ -z "$JAR" ]; then
  log "building the production jar (./mvnw -B -Pproduction -DskipTests clean package)"
  ./mvnw -B -q -Pproduction -DskipTests clean package
  JAR=$(ls "$ROOT"/target/baocao-*.jar | grep -v original | head -n1)
fi
[ -f "$JAR" ] || { echo "no production jar: $JAR" >&2; exit 1; }
WORK="$ROOT/target/startup-bench"
rm -rf "$WORK"; mkdir -p "$WORK/logs" "$WORK/pg"
cp "$JAR" "$WORK/baocao.jar"

SKELETON_JAR="$ROOT/bench/skeleton/target/startup-skeleton.jar"
if [ "$BUILD" = 1 ] || [ ! -f "$SKELETON_JAR" ]; then
  log "building the skeleton (bench/skeleton)"
  ./mvnw -B -q -f bench/skeleton/pom.xml -DskipTests package
fi

if [ "$ZERO" = 1 ]; then
  if [ "$BUILD" = 1 ] || [ ! -f "$ROOT/target/classes/vn/dangbo/baocao/local/DemoData.class" ]; then
    # the same classes `./mvnw` (spring-boot:run, default "local" profile) runs, without Maven's own start
    log "compiling the zero-setup build (default profile)"
    ./mvnw -B -q -DskipTests compile dependency:build-classpath \
      -Dmdep.outputFile="$ROOT/target/zero-setup.classpath" -Dmdep.includeScope=runtime
  fi
  ZERO_CP="$ROOT/target/classes:$(cat "$ROOT/target/zero-setup.classpath")"
fi

# ---------------------------------------------------------------- the image's steps (Dockerfile)
log "image: extract + CDS training run (scripts/cds.sh, as the Dockerfile)"
scripts/cds.sh extract "$WORK/baocao.jar" "$WORK/image"
new_db train; TRAIN_DB=$NEW_DB
t0=$(date +%s%N)
in_background env SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://$PG/$TRAIN_DB" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= scripts/cds.sh train "$WORK/image"
TRAIN_SECONDS=$(echo "scale=1; ($(date +%s%N) - $t0) / 1000000000" | bc)
log "training run: ${TRAIN_SECONDS} s, archive $(du -m "$WORK/image/app.jsa" | cut -f1) MB"

scripts/cds.sh extract "$SKELETON_JAR" "$WORK/skeleton-image"
mv "$WORK/skeleton-image/baocao.jar" "$WORK/skeleton-image/skeleton.jar"
new_db skeltrain; SKEL_TRAIN_DB=$NEW_DB
in_background env SPRING_DATASOURCE_URL="jdbc:postgresql://$PG/$SKEL_TRAIN_DB" \
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/skeleton-image/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$WORK/skeleton-image/skeleton.jar" > "$WORK/logs/skeleton-training.log" 2>&1

# ---------------------------------------------------------------- one start
BOOTSTRAP_ENV=(
  APP_BOOTSTRAP_ORGANISATION_CODE=xuan-hung
  "APP_BOOTSTRAP_ORGANISATION_NAME=ĐẢNG ỦY XÃ XUÂN HƯNG"
  "APP_BOOTSTRAP_ORGANISATION_SUPERIOR=ĐẢNG BỘ TỈNH NINH BÌNH"
  "APP_BOOTSTRAP_ORGANISATION_PLACE=Xuân Hưng"
  "APP_BOOTSTRAP_ORGANISATION_SHORT_NAME=Đảng ủy xã Xuân Hưng"
  APP_BOOTSTRAP_ORGANISATION_TERM_START=2025-07-01
  APP_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password-1
)

# launch KIND DB_OR_DIR LOG: starts the process in the background, APP_PID
launch() {
  local kind=$1 target=$2 out=$3
  local prod_env=(SPRING_PROFILES_ACTIVE=prod "SPRING_DATASOURCE_URL=jdbc:postgresql://$PG/$target"
                  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= PORT="$PORT")
  # the bootstrap variables on the first start only, as README.md says
  case "$kind" in *-first) prod_env+=("${BOOTSTRAP_ENV[@]}") ;; esac
  case "$kind" in
    image-*)
      env "${prod_env[@]}" scripts/cds.sh run "$WORK/image" > "$out" 2>&1 & ;;
    jar-*)
      env "${prod_env[@]}" java $JAVA_OPTS -jar "$WORK/baocao.jar" > "$out" 2>&1 & ;;
    zero-*)
      env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_URL EMBEDDED_PG_DIR="$target" PORT="$PORT" \
        java $JAVA_OPTS -cp "$ZERO_CP" vn.dangbo.baocao.Application > "$out" 2>&1 & ;;
    skeleton-cds-*)
      env "SPRING_DATASOURCE_URL=jdbc:postgresql://$PG/$target" PORT="$PORT" \
        java -XX:SharedArchiveFile="$WORK/skeleton-image/app.jsa" $JAVA_OPTS -jar "$WORK/skeleton-image/skeleton.jar" > "$out" 2>&1 & ;;
    skeleton-*)
      env "SPRING_DATASOURCE_URL=jdbc:postgresql://$PG/$target" PORT="$PORT" \
        java $JAVA_OPTS -jar "$SKELETON_JAR" > "$out" 2>&1 & ;;
  esac
  APP_PID=$!
}

# measure KIND TARGET ITER: one cold start; appends "kind iter seconds url startedIn" to $RESULTS
measure() {
  local kind=$1 target=$2 iter=$3
  local out="$WORK/logs/$kind-$iter.log"
  local t0 now code body url= elapsed
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then log "port $PORT busy"; return 1; fi
  t0=$(date +%s%N)
  launch "$kind" "$target" "$out"
  while :; do
    now=$(date +%s%N)
    if (( (now - t0) / 1000000000 >= START_TIMEOUT )); then log "$kind #$iter: not ready in ${START_TIMEOUT}s"; break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then log "$kind #$iter: the process ended, see $out"; break; fi
    body=$(curl -s -w '\n%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/readyz" || true)
    code=${body##*$'\n'}
    # a readiness probe says UP (Actuator) or ok (the skeleton); 503 = not ready yet
    if [ "$code" = 200 ] && grep -qE '"UP"|^ok' <<<"$body"; then url=/readyz; break; fi
    if [ "$code" != 503 ] && [ "$code" != 000 ] && [ -n "$code" ]; then
      # no probe there (404, a redirect to the login page, ...): the login page is the readiness signal
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/login" || true)
      if [ "$code" = 200 ]; then url=/login; break; fi
    fi
    sleep 0.1
  done
  now=$(date +%s%N)
  elapsed=$(echo "scale=3; ($now - $t0) / 1000000000" | bc)
  # CPU seconds the JVM used until ready (user + system, all its threads): far less sensitive than the wall
  # clock to the other processes on a shared machine
  local cpu=NaN stat
  if [ -n "$url" ] && stat=$(cat "/proc/$APP_PID/stat" 2>/dev/null); then
    stat=${stat##*) }
    read -r -a fields <<<"$stat"
    cpu=$(echo "scale=2; (${fields[11]} + ${fields[12]}) / $(getconf CLK_TCK)" | bc)
  fi
  # let the application runners finish (up to 15 s, not timed) so the log also shows ApplicationReadyEvent
  if [ -n "$url" ]; then
    for _ in $(seq 1 75); do grep -q ENGINE-14014 "$out" && break; kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
  fi
  stop_app
  stop_embedded_postgres
  if [ -z "$url" ]; then echo "$kind $iter NaN none NaN NaN" >> "$RESULTS"; return 0; fi
  local started
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$out" | head -n1 | awk '{print $4}')
  echo "$kind $iter $elapsed $url ${started:-NaN} $cpu" >> "$RESULTS"
  log "$kind #$iter: ready at $url in ${elapsed}s (Spring: ${started:-?}s, CPU ${cpu}s)"
}

# ---------------------------------------------------------------- the interleaved starts
RESULTS="$WORK/results.txt"; : > "$RESULTS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
BEGIN=$(date +%s)
FIRST=(skeleton-first jar-first image-first)
[ "$ZERO" = 1 ] && FIRST+=(zero-first)
for i in $(seq 1 "$N"); do
  if (( $(date +%s) - BEGIN > MAX_SECONDS )); then log "time limit (${MAX_SECONDS}s) reached after $((i - 1)) rounds"; break; fi
  declare -A TARGET=()
  new_db "skel_$i"; TARGET[skeleton]=$NEW_DB
  new_db "jar_$i"; TARGET[jar]=$NEW_DB
  new_db "image_$i"; TARGET[image]=$NEW_DB
  TARGET[skeleton-cds]=${TARGET[skeleton]}
  TARGET[zero]="$WORK/pg/zero-$i"; EMBEDDED_PG_DIRS+=("${TARGET[zero]}")
  # rotate the order from round to round so that no kind always runs first (or last) under the same load
  kinds=("${FIRST[@]}")
  shift_by=$(( (i - 1) % ${#kinds[@]} ))
  kinds=("${kinds[@]:$shift_by}" "${kinds[@]:0:$shift_by}")
  for k in "${kinds[@]}"; do measure "$k" "${TARGET[${k%-first}]}" "$i"; done
  restarts=()
  for k in "${kinds[@]}"; do restarts+=("${k%-first}-restart"); done
  restarts+=(skeleton-cds-restart)
  for k in "${restarts[@]}"; do measure "$k" "${TARGET[${k%-restart}]}" "$i"; done
  rm -rf "${TARGET[zero]}"
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
python3 - "$RESULTS" "$ROOT/target/startup-benchmark.json" "$N" "$LOAD_START" "$LOAD_END" "$TRAIN_SECONDS" "$JAVA_OPTS" "$WORK/logs" <<'PY'
import json, statistics, sys, platform, os, subprocess, re
from datetime import datetime
results, out, n, load_start, load_end, train_s, java_opts, logs = sys.argv[1:9]

def ts(line):
    return datetime.fromisoformat(line.split()[0].replace("Z", "+00:00"))

def from_log(path):
    """Seconds from the JVM's start to ApplicationReadyEvent, i.e. after the application runners (bootstrap,
    identity sync, demo data): Camunda starts its job executor on that event (ENGINE-14014). /login answers
    before the runners are done; a readiness probe (/readyz) only after. Also the time Camunda spent finding
    its deployment resources (between ENGINE-12003 and STARTER-SB021)."""
    try:
        text = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return float("nan"), float("nan")
    started = next((l for l in text if re.search(r"Started \w+ in [\d.]+ seconds \(process running for", l)), None)
    engine_ready = next((l for l in text if "ENGINE-14014" in l), None)
    plugins = next((l for l in text if "ENGINE-12003" in l), None)
    deploying = next((l for l in text if "STARTER-SB021" in l), None)
    ready = scan = float("nan")
    try:
        if started and engine_ready:
            running_for = float(re.search(r"process running for ([\d.]+)", started).group(1))
            ready = running_for + (ts(engine_ready) - ts(started)).total_seconds()
        if plugins and deploying:
            scan = (ts(deploying) - ts(plugins)).total_seconds()
    except ValueError:
        pass
    return ready, scan

runs = {}
for line in open(results):
    kind, it, secs, url, started, cpu = line.split()
    ready_event, scan = from_log(os.path.join(logs, f"{kind}-{it}.log"))
    runs.setdefault(kind, []).append({"round": int(it), "seconds": float(secs), "readyUrl": url,
                                      "springStartedSeconds": float(started), "cpuSeconds": float(cpu),
                                      "applicationReadySeconds": ready_event,
                                      "deploymentResourceScanSeconds": scan})
def med(kind, key="seconds"):
    vals = [r[key] for r in runs.get(kind, []) if r[key] == r[key]]
    return statistics.median(vals) if vals else float("nan")
order = ["image-first", "image-restart", "jar-first", "jar-restart", "zero-first", "zero-restart",
         "skeleton-first", "skeleton-restart", "skeleton-cds-restart"]
summary = {}
for k in order:
    if k in runs:
        vals = [r["seconds"] for r in runs[k] if r["seconds"] == r["seconds"]]
        summary[k] = {"count": len(vals), "failed": len(runs[k]) - len(vals), "medianSeconds": med(k),
                      "minSeconds": min(vals) if vals else None, "maxSeconds": max(vals) if vals else None,
                      "springStartedMedianSeconds": med(k, "springStartedSeconds"),
                      "cpuMedianSeconds": med(k, "cpuSeconds"),
                      "applicationReadyMedianSeconds": med(k, "applicationReadySeconds"),
                      "deploymentResourceScanMedianSeconds": med(k, "deploymentResourceScanSeconds"),
                      "readyUrl": sorted({r["readyUrl"] for r in runs[k]})}
def ratio(a, b):
    x, y = med(a), med(b)
    return round(x / y, 2) if x == x and y == y and y else None
ratios = {
    "image-first / skeleton-first": ratio("image-first", "skeleton-first"),
    "image-restart / skeleton-restart": ratio("image-restart", "skeleton-restart"),
    "image-restart / skeleton-cds-restart": ratio("image-restart", "skeleton-cds-restart"),
    "jar-first / skeleton-first": ratio("jar-first", "skeleton-first"),
    "jar-restart / skeleton-restart": ratio("jar-restart", "skeleton-restart"),
    "zero-first / skeleton-first": ratio("zero-first", "skeleton-first"),
    "zero-restart / skeleton-restart": ratio("zero-restart", "skeleton-restart"),
    "image-restart / jar-restart": ratio("image-restart", "jar-restart"),
}
def cpu_ratio(a, b):
    x, y = med(a, "cpuSeconds"), med(b, "cpuSeconds")
    return round(x / y, 2) if x == x and y == y and y else None
cpu_ratios = {k: cpu_ratio(*k.split(" / ")) for k in ratios}
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
doc = {"rounds": int(n), "javaOpts": java_opts, "java": java[1] if len(java) > 1 else java,
       "cpus": os.cpu_count(), "loadAverageStart": load_start, "loadAverageEnd": load_end,
       "trainingRunSeconds": float(train_s), "summary": summary, "ratios": ratios, "cpuRatios": cpu_ratios, "runs": runs,
       "target": {"image-restart medianSeconds < 12": (med("image-restart") < 12),
                  "image-first medianSeconds < 12": (med("image-first") < 12)}}
json.dump(doc, open(out, "w"), indent=2, ensure_ascii=False)
print()
print(f"Cold start, {n} rounds interleaved, JAVA_OPTS={java_opts}, load {load_start} -> {load_end}")
print(f"{'start':24} {'median s':>9} {'min':>7} {'max':>7} {'Spring s':>9} {'ready ev':>9} {'CPU s':>7}  n  ready URL")
for k, s in summary.items():
    print(f"{k:24} {s['medianSeconds']:9.2f} {s['minSeconds'] or float('nan'):7.2f} {s['maxSeconds'] or float('nan'):7.2f} "
          f"{s['springStartedMedianSeconds']:9.2f} {s['applicationReadyMedianSeconds']:9.2f} {s['cpuMedianSeconds']:7.2f} "
          f"{s['count']:2d}  {','.join(s['readyUrl'])}")
print("(median s: launch to the first 200; Spring s: its 'Started ... in'; ready ev: JVM start to ApplicationReadyEvent,"
      " after the runners; CPU s: user+system CPU of the JVM until ready)")
print()
print(f"{'ratio of medians':40} {'wall':>6} {'CPU':>6}")
for k, v in ratios.items():
    if v is not None:
        c = cpu_ratios.get(k)
        print(f"{k:40} {v:6.2f} {c if c is not None else float('nan'):6.2f}")
print(f"\nwritten: {out}")
PY
