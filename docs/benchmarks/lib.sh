# Shared functions of the benchmark scripts (home-page.sh, ics.sh, cache-delivery.sh). Source it, after setting
#   BENCH=<name>   prefix of log lines and of the temporary directory
# and the settings the functions read (SERVER_CPU, CLIENT_CPU, JAVA_OPTS, WARMUP, READY_TIMEOUT; see the scripts).
# Sourcing it checks the environment, installs missing tools, builds the jar if needed and sets up the clean-up
# of everything started through it (portal, nginx, temporary files in $TMP).
# shellcheck shell=bash

log() { echo "[$BENCH] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"   # the portal reads ./light-modules relative to the working directory
[ -d light-modules ] || die "no light-modules folder in $ROOT"
[ "$(id -u)" = 0 ] || die "run as root (installs packages, starts nginx)"

# --- tools ------------------------------------------------------------------------------------------
missing=()
command -v nginx >/dev/null || missing+=(nginx-light)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} with apt"
  apt-get update -qq
  # nginx-light is a transitional package on newer Debian releases; plain nginx is the fallback.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]/nginx-light/nginx}" >&2
fi
for t in java taskset curl nginx wrk; do command -v "$t" >/dev/null || die "$t not found"; done

JAR=${PORTAL_JAR:-$ROOT/portal-webapp/target/portal.jar}
if [ ! -f "$JAR" ]; then
  [ -z "${PORTAL_JAR:-}" ] || die "PORTAL_JAR=$PORTAL_JAR does not exist"
  log "building $JAR"
  mvn -o -B -q install -DskipTests >&2 || mvn -B -q install -DskipTests >&2
  [ -f "$JAR" ] || die "build did not produce $JAR"
fi

# --- clean-up of everything this script starts --------------------------------------------------------
TMP=$(mktemp -d "/tmp/$BENCH-bench.XXXXXX")
PORTAL_PID=
NGINX_PID=
cleanup() {
  local rc=$?
  stop_portal
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true   # graceful: the master stops its worker too
    for _ in $(seq 1 10); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$NGINX_PID" 2>/dev/null || true
  fi
  if [ $rc -ne 0 ] && [ -f "$TMP/portal.log" ]; then
    log "portal log (last 30 lines):"; tail -n 30 "$TMP/portal.log" >&2 || true
  fi
  rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port nobody listens on (connect refused = free; the race window is negligible here).
free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# --- portal -------------------------------------------------------------------------------------------
# start_portal PATH [READY_CHECK] [PORTAL OPTIONS...]: starts the jar on core SERVER_CPU with a fresh portal home and
# waits until GET PATH answers 200 (and, if given, the command READY_CHECK succeeds). Further arguments go to the
# portal (e.g. --portal.cache.enabled=false). Sets PORTAL_PORT, PORTAL_PID, PORTAL_BASE, STARTUP_S and GC.
PORTAL_STARTS=0
start_portal() {
  local path=$1 ready=${2:-true} t0 home
  shift $(($# < 2 ? $# : 2))
  PORTAL_STARTS=$((PORTAL_STARTS + 1))
  home=$TMP/portal-home-$PORTAL_STARTS
  PORTAL_PORT=$(free_port) || die "no free port"
  mkdir -p "$home"
  log "starting portal on 127.0.0.1:$PORTAL_PORT (core $SERVER_CPU, $JAVA_OPTS${*:+, $*})"
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
  taskset -c "$SERVER_CPU" java $JAVA_OPTS -jar "$JAR" \
    --portal.home="$home" --server.port="$PORTAL_PORT" --server.address=127.0.0.1 "$@" \
    >"$TMP/portal.log" 2>&1 &
  PORTAL_PID=$!   # taskset execs java, so this is the JVM's pid
  PORTAL_BASE="http://127.0.0.1:$PORTAL_PORT"
  t0=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$PORTAL_BASE$path" || true)" = 200 ] && $ready; do
    kill -0 "$PORTAL_PID" 2>/dev/null || die "portal exited during start"
    [ $(($(date +%s) - t0)) -lt "$READY_TIMEOUT" ] || die "portal not ready after ${READY_TIMEOUT}s"
    sleep 1
  done
  STARTUP_S=$(($(date +%s) - t0))
  # The JVM sizes itself to the one core it may use (SerialGC, few compiler threads): worth recording.
  GC=$(jcmd "$PORTAL_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:+Use\(.*GC\)$/\1/p' | head -1 || true)
  log "portal ready after ${STARTUP_S}s"
}

# stop_portal: SIGTERM (clean shutdown), SIGKILL after 30 s.
stop_portal() {
  [ -n "$PORTAL_PID" ] || return 0
  kill "$PORTAL_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$PORTAL_PID" 2>/dev/null || true
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

# --- nginx --------------------------------------------------------------------------------------------
# start_nginx CHECK_PATH < locations: one worker on core SERVER_CPU, the server block's locations read from stdin
# (files to serve must be readable by nobody). Waits until GET CHECK_PATH works. Sets NGINX_PORT, NGINX_PID,
# NGINX_BASE.
start_nginx() {
  local check=$1 locations
  locations=$(cat)
  mkdir -p "$TMP/nginx"
  chmod 755 "$TMP"
  NGINX_PORT=$(free_port) || die "no free port"
  cat >"$TMP/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
$locations
  }
}
EOF
  log "starting nginx on 127.0.0.1:$NGINX_PORT (core $SERVER_CPU)"
  taskset -c "$SERVER_CPU" nginx -e "$TMP/nginx/error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" &
  NGINX_PID=$!
  NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
  for _ in $(seq 1 50); do curl -sf -o /dev/null "$NGINX_BASE$check" && break; sleep 0.2; done
}

# --- load ---------------------------------------------------------------------------------------------
run_wrk() {   # url connections seconds outfile [more wrk options: -s script.lua, -H header]
  local url=$1 c=$2 d=$3 out=$4
  shift 4
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$c" -d"$d"s --timeout 10s --latency "$@" "$url" >"$out"
}
# CPU accounting of the server core, to see whether other work disturbed a run: busy jiffies of the core
# (/proc/stat) and jiffies of our server processes (/proc/PID/stat, all threads; nginx master + worker).
core_busy() { awk -v c="cpu$SERVER_CPU" '$1 == c { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
server_ticks() {   # pids...
  local t=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    t=$((t + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$t"
}
measure() {   # portal|nginx url connections seconds outfile [wrk options] -> also writes outfile.cpu: "ours% others%"
  local pids b0 s0 t0 b1 s1 t1 out=$5
  if [ "$1" = portal ]; then pids=("$PORTAL_PID"); else mapfile -t pids < <(echo "$NGINX_PID"; pgrep -P "$NGINX_PID"); fi
  b0=$(core_busy); s0=$(server_ticks "${pids[@]}"); t0=$(date +%s.%N)
  run_wrk "${@:2}"
  b1=$(core_busy); s1=$(server_ticks "${pids[@]}"); t1=$(date +%s.%N)
  awk -v b="$((b1 - b0))" -v s="$((s1 - s0))" -v t="$t0" -v u="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    w = (u - t) * hz; o = b - s; if (o < 0) o = 0; printf "%.0f %.0f\n", 100 * s / w, 100 * o / w }' >"$out.cpu"
}
rps_of() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
# warm_up URL [wrk options]: load at ONE connection in 10 s chunks, at most WARMUP seconds; stops earlier (not
# before 30 s) once two chunks in a row gain < 3 %. One connection, because the JIT compiles on the same single
# core that serves requests, and with 16 busy request threads the two compiler threads get a small share of it
# (tried: still rising after 120 s at 16 connections, flat after about 50 s at one). Sets WARMED, WARMUP_TRACE.
warm_up() {
  local best=0 flat=0 chunk r
  WARMED=0; WARMUP_TRACE=
  while [ "$WARMED" -lt "$WARMUP" ]; do
    chunk=$((WARMUP - WARMED < 10 ? WARMUP - WARMED : 10))
    run_wrk "$1" 1 "$chunk" "$TMP/warmup.txt" "${@:2}"
    WARMED=$((WARMED + chunk)); r=$(rps_of "$TMP/warmup.txt"); WARMUP_TRACE+="${WARMUP_TRACE:+, }$r"
    log "warm-up ${WARMED}s: $r req/s"
    if [ "$r" -gt $((best + best * 3 / 100)) ]; then flat=0; else flat=$((flat + 1)); fi
    [ "$r" -le "$best" ] || best=$r
    [ "$WARMED" -lt 30 ] || [ "$flat" -lt 2 ] || break
  done
}

# --- report -------------------------------------------------------------------------------------------
to_ms() {   # wrk prints 812.00us, 4.14ms, 1.69s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else print "?" }'
}
field() {   # file metric(rps|50%|90%|99%|requests|errors)
  case $2 in
    rps) awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1" ;;
    requests) awk '/ requests in / { print $1 }' "$1" ;;
    errors) awk '/Socket errors|Non-2xx/ { printf "%s ", $0 }' "$1" ;;
    *) to_ms "$(awk -v p="$2" '$1 == p { print $2 }' "$1")" ;;
  esac
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "–" }'; }

wrk_errors() {   # files... -> "name: errors; " for every run wrk reported errors for
  local errors= f e
  for f in "$@"; do
    e=$(field "$f" errors); [ -z "$e" ] || errors+="$(basename "$f" .txt): $e; "
  done
  echo "$errors"
}

# The report lines about what ran where (commit, jar, machine, Java, nginx, wrk).
report_environment() {
  local cpu_model commit
  cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || commit+=" (with uncommitted changes)"
  echo "- Commit: \`$commit\`, jar \`${JAR#"$ROOT"/}\` built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $cpu_model, $(uname -r), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
  echo "- Java: $(java -version 2>&1 | head -1), flags \`$JAVA_OPTS\`, ${GC:-unknown GC}"
  echo "- nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //'); wrk: $(wrk -v 2>&1 | head -1 | awk '{ print $2 }')"
}
