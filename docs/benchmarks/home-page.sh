#!/usr/bin/env bash
# Home page benchmark: the portal rendering GET /merseburg (uncached: there is no page cache yet)
# side by side with nginx serving the very same HTML bytes from a file, in the same run on the same machine.
# Server processes are pinned to one core, the load generator (wrk) to another, so the two do not fight
# over a core. Prints a Markdown report (machine, table, ratios) on stdout; progress goes to stderr.
#
# Usage (Debian, as root, from anywhere inside the repository):
#   docs/benchmarks/home-page.sh
# Environment (all optional):
#   DURATION=15         seconds per measured wrk run (4 runs with the default CONNECTIONS)
#   WARMUP=90           at most this many seconds of load on the portal before measuring, in 10 s chunks;
#                       stops earlier (not before 30 s) once two chunks in a row gain < 3 % over the best
#   CONNECTIONS="1 16"  wrk connection counts; every count runs against both servers
#   SERVER_CPU=0        core for the portal and nginx
#   CLIENT_CPU=1        core for wrk
#   PORTAL_JAR=...      use this jar instead of portal-webapp/target/portal.jar (that one is built if missing)
#   JAVA_OPTS="-Xms1g -Xmx1g"
#   PROFILE=1           afterwards, record a JFR CPU profile of the portal under load (not part of the table)
#                       and print the hottest frames
#   READY_TIMEOUT=180   seconds to wait for the portal to answer 200
set -euo pipefail

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-"1 16"}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
PROFILE=${PROFILE:-0}
READY_TIMEOUT=${READY_TIMEOUT:-180}
PAGE=/merseburg

log() { echo "[home-page] $*" >&2; }
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
TMP=$(mktemp -d /tmp/home-page-bench.XXXXXX)
PORTAL_PID=
NGINX_PID=
cleanup() {
  local rc=$?
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
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
PORTAL_PORT=$(free_port) || die "no free port"
# Rendering stacks are deeper than JFR's default 64 frames; only matters while a recording runs.
[ "$PROFILE" != 1 ] || JAVA_OPTS+=" -XX:FlightRecorderOptions:stackdepth=512"
mkdir -p "$TMP/portal-home"
log "starting portal on 127.0.0.1:$PORTAL_PORT (core $SERVER_CPU, $JAVA_OPTS)"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
taskset -c "$SERVER_CPU" java $JAVA_OPTS -jar "$JAR" \
  --portal.home="$TMP/portal-home" --server.port="$PORTAL_PORT" --server.address=127.0.0.1 \
  >"$TMP/portal.log" 2>&1 &
PORTAL_PID=$!   # taskset execs java, so this is the JVM's pid
PORTAL_URL="http://127.0.0.1:$PORTAL_PORT$PAGE"
t0=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$PORTAL_URL" || true)" = 200 ]; do
  kill -0 "$PORTAL_PID" 2>/dev/null || die "portal exited during start"
  [ $(($(date +%s) - t0)) -lt "$READY_TIMEOUT" ] || die "portal not ready after ${READY_TIMEOUT}s"
  sleep 1
done
STARTUP_S=$(($(date +%s) - t0))
# The JVM sizes itself to the one core it may use (SerialGC, few compiler threads): worth recording.
GC=$(jcmd "$PORTAL_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:+Use\(.*GC\)$/\1/p' | head -1 || true)
log "portal ready after ${STARTUP_S}s"

# --- nginx serving the saved page ---------------------------------------------------------------------
mkdir -p "$TMP/www" "$TMP/nginx"
curl -sf -o "$TMP/www/home.html" "$PORTAL_URL"
PAGE_BYTES=$(wc -c <"$TMP/www/home.html")
chmod 755 "$TMP" "$TMP/www"; chmod 644 "$TMP/www/home.html"   # the nginx worker runs as nobody
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
    location = $PAGE {
      default_type "text/html; charset=UTF-8";
      alias $TMP/www/home.html;
    }
  }
}
EOF
log "starting nginx on 127.0.0.1:$NGINX_PORT (core $SERVER_CPU)"
taskset -c "$SERVER_CPU" nginx -e "$TMP/nginx/error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT$PAGE"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$NGINX_URL" && break; sleep 0.2; done

curl -sf -o "$TMP/portal-again.html" "$PORTAL_URL"
curl -sf -o "$TMP/nginx.html" "$NGINX_URL" || die "nginx does not serve the page"
cmp -s "$TMP/www/home.html" "$TMP/portal-again.html" || die "the portal's page changes between requests"
cmp -s "$TMP/www/home.html" "$TMP/nginx.html" || die "nginx and the portal return different bytes"
log "both return the same $PAGE_BYTES bytes"

# --- load ---------------------------------------------------------------------------------------------
run_wrk() {   # url connections seconds outfile
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$2" -d"$3"s --timeout 10s --latency "$1" >"$4"
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
measure() {   # name url connections seconds outfile -> also writes outfile.cpu: "ours% others%"
  local pids b0 s0 t0 b1 s1 t1
  if [ "$1" = portal ]; then pids=("$PORTAL_PID"); else mapfile -t pids < <(echo "$NGINX_PID"; pgrep -P "$NGINX_PID"); fi
  b0=$(core_busy); s0=$(server_ticks "${pids[@]}"); t0=$(date +%s.%N)
  run_wrk "$2" "$3" "$4" "$5"
  b1=$(core_busy); s1=$(server_ticks "${pids[@]}"); t1=$(date +%s.%N)
  awk -v b="$((b1 - b0))" -v s="$((s1 - s0))" -v t="$t0" -v u="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    w = (u - t) * hz; o = b - s; if (o < 0) o = 0; printf "%.0f %.0f\n", 100 * s / w, 100 * o / w }' >"$5.cpu"
}
# Warm-up with ONE connection: the JIT compiles on the same single core that serves requests, and with 16
# busy request threads the two compiler threads get a small share of it (tried: still rising after 120 s at
# 16 connections, flat after about 50 s at one).
rps_of() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
WARMED=0; best=0; flat=0; WARMUP_TRACE=
while [ "$WARMED" -lt "$WARMUP" ]; do
  chunk=$((WARMUP - WARMED < 10 ? WARMUP - WARMED : 10))
  run_wrk "$PORTAL_URL" 1 "$chunk" "$TMP/warmup.txt"
  WARMED=$((WARMED + chunk)); r=$(rps_of "$TMP/warmup.txt"); WARMUP_TRACE+="${WARMUP_TRACE:+, }$r"
  log "warm-up ${WARMED}s: $r req/s"
  if [ "$r" -gt $((best + best * 3 / 100)) ]; then flat=0; else flat=$((flat + 1)); fi
  [ "$r" -le "$best" ] || best=$r
  [ "$WARMED" -lt 30 ] || [ "$flat" -lt 2 ] || break
done
run_wrk "$NGINX_URL" 16 2 "$TMP/warmup-nginx.txt"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for c in $CONNECTIONS; do
  for s in portal nginx; do
    url=$PORTAL_URL; [ $s = nginx ] && url=$NGINX_URL
    log "wrk -c$c -d${DURATION}s against $s"
    measure "$s" "$url" "$c" "$DURATION" "$TMP/wrk-$s-$c.txt"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- optional profile (a separate run: recording costs a little and must not skew the table) ---------
PROFILE_MD=
if [ "$PROFILE" = 1 ]; then
  log "profiling the portal for ${DURATION}s under -c16 load (JFR)"
  jcmd "$PORTAL_PID" JFR.start name=bench settings=profile filename="$TMP/portal.jfr" >/dev/null
  run_wrk "$PORTAL_URL" 16 "$DURATION" "$TMP/wrk-profile.txt"
  jcmd "$PORTAL_PID" JFR.stop name=bench >/dev/null
  GC_PAUSES=$(jfr print --events jdk.GarbageCollection "$TMP/portal.jfr" \
    | awk '/sumOfPauses/ { v = $3; u = $4; if (u == "s") v *= 1000; if (u == "us") v /= 1000; t += v; k++ }
           END { printf "%d collections, %.0f ms of pauses", k, t }')
  jfr print --stack-depth 200 --events jdk.ExecutionSample "$TMP/portal.jfr" >"$TMP/samples.txt"
  # Self time = the top frame of a sample; inclusive = samples with at least one frame in the area.
  PROFILE_MD=$(awk '
    function area(f) {
      if (f ~ /^freemarker\./) return "FreeMarker";
      if (f ~ /^org\.apache\.jackrabbit\.oak\.plugins\.identifier\.IdentifierManager\./) return "Oak identifier lookup (IdentifierManager)";
      if (f ~ /^org\.apache\.jackrabbit\.oak\.query\./) return "Oak query engine";
      if (f ~ /^org\.apache\.jackrabbit\./) return "Oak (JCR, node store, other)";
      if (f ~ /^de\.serviceportal\./) return "portal code";
      if (f ~ /^org\.springframework\.security\./) return "Spring Security filters";
      if (f ~ /^(org\.apache\.(catalina|coyote|tomcat)|org\.apache\.tomcat)\./) return "Tomcat";
      if (f ~ /^org\.yaml\.|^org\.snakeyaml\./) return "YAML";
      if (f ~ /^org\.springframework\./) return "Spring (other)";
      return "";
    }
    /stackTrace = \[/ { inst = 1; depth = 0; n++; delete seen; delete seenm; inner = ""; next }
    inst && /^[ \t]*\]/ { inst = 0; part[inner == "" ? "JDK / other" : inner]++; next }
    inst {
      f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*$/, "", f);
      if (depth == 0) self[f]++;
      depth++;
      a = area(f); if (a != "" && !(a in seen)) { seen[a] = 1; incl[a]++ }
      if (a != "" && inner == "") inner = a;
      if (f ~ /^org\.apache\.jackrabbit\./ && !("Oak (any)" in seen)) { seen["Oak (any)"] = 1; incl["Oak (any)"]++ }
      if (f ~ /^de\.serviceportal\./ && !(f in seenm)) { seenm[f] = 1; inclm[f]++ }
    }
    END {
      printf "Samples: %d\n\nCPU by area, each sample charged to the innermost area on its stack (JDK frames count for their caller):\n\n", n;
      printf "| area | share |\n|---|---:|\n";
      for (a in part) printf "| %s | %.0f%% |\n", a, 100 * part[a] / n | "sort -t\"|\" -k3 -rn";
      close("sort -t\"|\" -k3 -rn");
      printf "\nInclusive share by area (a sample counts for every area on its stack):\n\n";
      printf "| area | share |\n|---|---:|\n";
      for (a in incl) printf "| %s | %.0f%% |\n", a, 100 * incl[a] / n | "sort -t\"|\" -k3 -rn";
      close("sort -t\"|\" -k3 -rn");
      printf "\nTop 12 portal methods, inclusive:\n\n| method | share |\n|---|---:|\n";
      for (f in inclm) printf "| `%s` | %.0f%% |\n", f, 100 * inclm[f] / n | "sort -t\"|\" -k3 -rn | head -12";
      close("sort -t\"|\" -k3 -rn | head -12");
      printf "\nTop 15 frames by self time:\n\n| frame | share |\n|---|---:|\n";
      for (f in self) printf "| `%s` | %.1f%% |\n", f, 100 * self[f] / n | "sort -t\"|\" -k3 -rn | head -15";
      close("sort -t\"|\" -k3 -rn | head -15");
    }' "$TMP/samples.txt")
fi

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

errors=
for f in "$TMP"/wrk-*.txt; do
  e=$(field "$f" errors); [ -z "$e" ] || errors+="$(basename "$f" .txt): $e; "
done

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || commit+=" (with uncommitted changes)"

echo "### Home page benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- Commit: \`$commit\`, jar \`${JAR#"$ROOT"/}\` built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')"
echo "- Machine: $(nproc) cores, $cpu_model, $(uname -r), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "- Java: $(java -version 2>&1 | head -1), flags \`$JAVA_OPTS\`, ${GC:-unknown GC}"
echo "- nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //'); wrk: $(wrk -v 2>&1 | head -1 | awk '{ print $2 }')"
echo "- Page: GET $PAGE, $PAGE_BYTES bytes of HTML, identical from both servers; portal ready after ${STARTUP_S}s"
echo "- Servers on core $SERVER_CPU, wrk on core $CLIENT_CPU (\`wrk -t1 -c<N> -d${DURATION}s --latency\`), warm-up ${WARMED}s at 1 connection (req/s per 10 s chunk: $WARMUP_TRACE)"
echo "- Load average before/after the measured runs: $LOAD_BEFORE / $LOAD_AFTER"
[ -z "$errors" ] || echo "- wrk reported: $errors"
echo
echo "| connections | metric | portal (uncached) | nginx (static file) | nginx advantage |"
echo "|---:|---|---:|---:|---:|"
for c in $CONNECTIONS; do
  p=$TMP/wrk-portal-$c.txt; n=$TMP/wrk-nginx-$c.txt
  pr=$(field "$p" rps); nr=$(field "$n" rps)
  echo "| $c | requests/s | $pr | $nr | $(ratio "$nr" "$pr") |"
  for q in 50% 90% 99%; do
    pl=$(field "$p" "$q"); nl=$(field "$n" "$q")
    echo "| $c | latency p${q%\%} (ms) | $pl | $nl | $(ratio "$pl" "$nl") |"
  done
  read -r pu po <"$p.cpu"; read -r nu no <"$n.cpu"
  echo "| $c | core $SERVER_CPU: server's CPU use / other processes (%) | $pu / $po | $nu / $no | |"
done
echo
echo "nginx advantage: requests/s nginx ÷ portal; latency portal ÷ nginx (how many times nginx is better)."
echo "Core rows: share of the server core used by the server under test and by everything else during the run"
echo "(server well below 100 % = the client side or the network stack was the limit, not the server)."
if [ -n "$PROFILE_MD" ]; then
  echo
  echo "#### JFR profile of the portal (${DURATION}s at 16 connections, separate from the table)"
  echo
  echo "GC during the recording: $GC_PAUSES. $PROFILE_MD"
fi
