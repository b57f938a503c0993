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

BENCH=home-page
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # checks, tools, jar, clean-up; cds to the repository

# --- portal -------------------------------------------------------------------------------------------
# Rendering stacks are deeper than JFR's default 64 frames; only matters while a recording runs.
[ "$PROFILE" != 1 ] || JAVA_OPTS+=" -XX:FlightRecorderOptions:stackdepth=512"
start_portal "$PAGE"
PORTAL_URL="$PORTAL_BASE$PAGE"

# --- nginx serving the saved page ---------------------------------------------------------------------
mkdir -p "$TMP/www" "$TMP/nginx"
curl -sf -o "$TMP/www/home.html" "$PORTAL_URL"
PAGE_BYTES=$(wc -c <"$TMP/www/home.html")
chmod 755 "$TMP/www"; chmod 644 "$TMP/www/home.html"   # the nginx worker runs as nobody
start_nginx "$PAGE" <<EOF
    location = $PAGE {
      default_type "text/html; charset=UTF-8";
      alias $TMP/www/home.html;
    }
EOF
NGINX_URL="$NGINX_BASE$PAGE"

curl -sf -o "$TMP/portal-again.html" "$PORTAL_URL"
curl -sf -o "$TMP/nginx.html" "$NGINX_URL" || die "nginx does not serve the page"
cmp -s "$TMP/www/home.html" "$TMP/portal-again.html" || die "the portal's page changes between requests"
cmp -s "$TMP/www/home.html" "$TMP/nginx.html" || die "nginx and the portal return different bytes"
log "both return the same $PAGE_BYTES bytes"

# --- load ---------------------------------------------------------------------------------------------
warm_up "$PORTAL_URL"
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
errors=$(wrk_errors "$TMP"/wrk-*.txt)

echo "### Home page benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
report_environment
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
