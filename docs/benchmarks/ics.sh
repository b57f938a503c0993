#!/usr/bin/env bash
# Waste-calendar ICS benchmark: (a) ICS generation for every demo address — one sequential pass with curl and a
# wrk load run cycling through all addresses; (b) the ICS endpoint for one address side by side with nginx serving
# the very same bytes; (c) the 304 path (If-None-Match with the current ETag), portal vs nginx.
# Servers are pinned to one core, the load generator (wrk, curl) to another. Prints a Markdown report on stdout;
# progress goes to stderr.
#
# Usage (Debian, as root, from anywhere inside the repository):
#   docs/benchmarks/ics.sh
# Environment (all optional):
#   DURATION=15         seconds per measured wrk run (10 runs with the default CONNECTIONS)
#   WARMUP=90           at most this many seconds of load (cycling through all addresses) before measuring
#   CONNECTIONS="1 16"  wrk connection counts
#   YEAR=2026           calendar year of the demo plans to request
#   SERVER_CPU=0        core for the portal and nginx
#   CLIENT_CPU=1        core for wrk and curl
#   PORTAL_JAR=...      use this jar instead of portal-webapp/target/portal.jar (that one is built if missing)
#   JAVA_OPTS="-Xms1g -Xmx1g"
#   READY_TIMEOUT=180   seconds to wait for the portal (and its demo plans)
set -euo pipefail

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-"1 16"}
YEAR=${YEAR:-2026}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
READY_TIMEOUT=${READY_TIMEOUT:-180}
API=/.rest/waste-calendar/v1

BENCH=ics
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # checks, tools, jar, clean-up; cds to the repository

# --- portal (ready once the demo plans are imported: they come in after the web server is up) ------------
SEARCH="$API/addresses?q=Gotthardstra%C3%9Fe%203&limit=1"
plans_imported() { curl -sf "$PORTAL_BASE$SEARCH" | grep -q '"id"'; }
start_portal "$SEARCH" plans_imported
ics_path() { echo "$API/addresses/$1/calendar-$YEAR.ics"; }

# --- (a) every address: find the ids (first, cold pass), then a timed sequential pass --------------------
# Address ids are database identities, dense from 1; probe blocks of 500 until a block has no address.
: >"$TMP/ids.txt"; : >"$TMP/cold.txt"
block=0
while :; do
  from=$((block * 500 + 1)); to=$((block * 500 + 500))
  taskset -c "$CLIENT_CPU" curl -s -o /dev/null -w '%{http_code} %{time_total} %{url_effective}\n' \
    "$PORTAL_BASE$API/addresses/[$from-$to]/calendar-$YEAR.ics" >"$TMP/probe.txt"
  awk '$1 == 200' "$TMP/probe.txt" >>"$TMP/cold.txt"
  found=$(awk '$1 == 200' "$TMP/probe.txt" | wc -l)
  awk '$1 == 200 { n = split($3, p, "/"); print p[n - 1] }' "$TMP/probe.txt" >>"$TMP/ids.txt"
  [ "$found" -gt 0 ] || break
  block=$((block + 1))
done
ADDRESSES=$(wc -l <"$TMP/ids.txt")
[ "$ADDRESSES" -gt 0 ] || die "no address answers with a calendar"
COLD_MS=$(awk '{ t += $2 } END { printf "%.0f", 1000 * t }' "$TMP/cold.txt")
log "$ADDRESSES addresses; first (cold) pass: $COLD_MS ms of request time"

# wrk script cycling through all addresses
{
  echo "local paths = {"
  while read -r id; do echo "  \"$(ics_path "$id")\","; done <"$TMP/ids.txt"
  echo "}"
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} >"$TMP/all.lua"

sequential_pass() {   # outfile: one curl process, one keep-alive connection, all addresses in order
  while read -r id; do printf 'url = "%s"\noutput = "/dev/null"\n' "$PORTAL_BASE$(ics_path "$id")"; done \
    <"$TMP/ids.txt" >"$TMP/pass.cfg"
  local t0 t1
  t0=$(date +%s.%N)
  taskset -c "$CLIENT_CPU" curl -s -K "$TMP/pass.cfg" -w '%{http_code} %{time_total} %{size_download}\n' >"$1"
  t1=$(date +%s.%N)
  awk -v t0="$t0" -v t1="$t1" '$1 != 200 { bad++ } { t += $2; b += $3; if ($2 > m) m = $2 }
    END { printf "%.2f %.0f %.1f %.1f %.1f %d\n", t1 - t0, NR / (t1 - t0), 1000 * t / NR, 1000 * m, b / NR / 1024, bad }' "$1"
}

# --- (b) one address: the portal vs nginx serving the same bytes ------------------------------------------
ONE=$(curl -sf "$PORTAL_BASE$SEARCH" | sed -n 's/.*"matches":\[{"id":\([0-9]*\).*/\1/p')
[ -n "$ONE" ] || die "Gotthardstraße not found"
ONE_PATH=$(ics_path "$ONE")
mkdir -p "$TMP/www"
curl -sf -D "$TMP/portal-headers.txt" -o "$TMP/www/one.ics" "$PORTAL_BASE$ONE_PATH"
ICS_BYTES=$(wc -c <"$TMP/www/one.ics")
ICS_EVENTS=$(grep -c '^BEGIN:VEVENT' "$TMP/www/one.ics")
PORTAL_ETAG=$(awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }' "$TMP/portal-headers.txt")
chmod 755 "$TMP/www"; chmod 644 "$TMP/www/one.ics"   # the nginx worker runs as nobody
start_nginx "$ONE_PATH" <<EOF
    location = $ONE_PATH {
      default_type "text/calendar; charset=utf-8";
      alias $TMP/www/one.ics;
    }
EOF
PORTAL_URL=$PORTAL_BASE$ONE_PATH
NGINX_URL=$NGINX_BASE$ONE_PATH
curl -sf -D "$TMP/nginx-headers.txt" -o "$TMP/nginx.ics" "$NGINX_URL" || die "nginx does not serve the calendar"
curl -sf -o "$TMP/portal-again.ics" "$PORTAL_URL"
cmp -s "$TMP/www/one.ics" "$TMP/portal-again.ics" || die "the portal's calendar changes between requests"
cmp -s "$TMP/www/one.ics" "$TMP/nginx.ics" || die "nginx and the portal return different bytes"
NGINX_ETAG=$(awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }' "$TMP/nginx-headers.txt")
for s in portal nginx; do
  if [ $s = portal ]; then u=$PORTAL_URL; e=$PORTAL_ETAG; else u=$NGINX_URL; e=$NGINX_ETAG; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $e" "$u")
  [ "$code" = 304 ] || die "$s answers If-None-Match: $e with $code, not 304"
done
log "both return the same $ICS_BYTES bytes ($ICS_EVENTS events) and 304 for their ETag"

# --- load ---------------------------------------------------------------------------------------------
warm_up "$PORTAL_BASE/" -s "$TMP/all.lua"
run_wrk "$NGINX_URL" 16 2 "$TMP/warmup-nginx.txt"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "sequential pass over all $ADDRESSES addresses"
read -r PASS_S PASS_RATE PASS_MEAN PASS_MAX PASS_KIB PASS_BAD < <(sequential_pass "$TMP/pass.txt")
for c in $CONNECTIONS; do
  log "wrk -c$c -d${DURATION}s cycling through all addresses"
  measure portal "$PORTAL_BASE/" "$c" "$DURATION" "$TMP/wrk-all-$c.txt" -s "$TMP/all.lua"
  for s in portal nginx; do
    url=$PORTAL_URL; etag=$PORTAL_ETAG
    [ $s = nginx ] && { url=$NGINX_URL; etag=$NGINX_ETAG; }
    log "wrk -c$c -d${DURATION}s against $s: 200 and 304"
    measure "$s" "$url" "$c" "$DURATION" "$TMP/wrk-$s-200-$c.txt"
    measure "$s" "$url" "$c" "$DURATION" "$TMP/wrk-$s-304-$c.txt" -H "If-None-Match: $etag"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report -------------------------------------------------------------------------------------------
errors=$(wrk_errors "$TMP"/wrk-*.txt)

echo "### ICS benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
report_environment
echo "- Calendars: \`GET $API/addresses/{id}/calendar-$YEAR.ics\` (all fractions, no alarm, default site policy); portal ready (demo plans imported) after ${STARTUP_S}s"
echo "- Servers on core $SERVER_CPU, wrk and curl on core $CLIENT_CPU (\`wrk -t1 -c<N> -d${DURATION}s --latency\`), warm-up ${WARMED}s at 1 connection cycling through all addresses (req/s per 10 s chunk: $WARMUP_TRACE)"
echo "- Load average before/after the measured runs: $LOAD_BEFORE / $LOAD_AFTER"
[ -z "$errors" ] || echo "- wrk reported: $errors"
echo
echo "#### (a) ICS generation for every demo address ($ADDRESSES addresses)"
echo
echo "| run | addresses/s | latency p50 / p90 / p99 (ms) | core $SERVER_CPU: portal / others (%) |"
echo "|---|---:|---:|---:|"
echo "| first pass after start (cold JVM), curl, 1 connection | $(awk -v n="$ADDRESSES" -v ms="$COLD_MS" 'BEGIN { printf "%.0f", 1000 * n / ms }') | mean $(awk -v n="$ADDRESSES" -v ms="$COLD_MS" 'BEGIN { printf "%.1f", ms / n }') | |"
echo "| one pass after warm-up, curl, 1 connection: ${PASS_S}s | $PASS_RATE | mean $PASS_MEAN, max $PASS_MAX | |"
for c in $CONNECTIONS; do
  f=$TMP/wrk-all-$c.txt; read -r pu po <"$f.cpu"
  echo "| wrk cycling through all addresses, $c connection(s) | $(field "$f" rps) | $(field "$f" 50%) / $(field "$f" 90%) / $(field "$f" 99%) | $pu / $po |"
done
echo
echo "Mean calendar size $PASS_KIB KiB.$([ "$PASS_BAD" = 0 ] || echo " Non-200 answers in the pass: $PASS_BAD.")"
echo
echo "#### (b) one address (Gotthardstraße, $ICS_BYTES bytes, $ICS_EVENTS events) and (c) the 304 path"
echo
echo "| connections | answer | metric | portal | nginx (static file) | nginx advantage |"
echo "|---:|---|---|---:|---:|---:|"
for c in $CONNECTIONS; do
  for a in 200 304; do
    p=$TMP/wrk-portal-$a-$c.txt; n=$TMP/wrk-nginx-$a-$c.txt
    pr=$(field "$p" rps); nr=$(field "$n" rps)
    echo "| $c | $a | requests/s | $pr | $nr | $(ratio "$nr" "$pr") |"
    for q in 50% 99%; do
      pl=$(field "$p" "$q"); nl=$(field "$n" "$q")
      echo "| $c | $a | latency p${q%\%} (ms) | $pl | $nl | $(ratio "$pl" "$nl") |"
    done
    read -r pu po <"$p.cpu"; read -r nu no <"$n.cpu"
    echo "| $c | $a | core $SERVER_CPU: server / others (%) | $pu / $po | $nu / $no | |"
  done
done
echo
echo "nginx advantage: requests/s nginx ÷ portal; latency portal ÷ nginx. 304 = \`If-None-Match\` with the server's"
echo "current ETag (the portal's is a hash of the calendar bytes; it answers from the validators it remembered when it"
echo "generated the calendar, after checking the plans' change stamps; nginx's ETag is mtime and size)."
echo "Core columns: share of the server core used by the server under test / by everything else."
