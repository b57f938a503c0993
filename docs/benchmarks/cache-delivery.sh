#!/usr/bin/env bash
# Page cache and delivery API benchmark, plus the time to publish 1000 pages.
#
# (a) Throughput: GET /merseburg (the home page) and GET /.rest/delivery/pages/v1/merseburg (delivery API) for an
#     anonymous client, from the portal with its page cache (the default), from the same portal started with
#     --portal.cache.enabled=false (the baseline), and from nginx serving the very same bytes from files — all in
#     one run on the same machine. Servers on one core, wrk on another (see lib.sh).
# (b) Publishing: 1000 pages (each with a text component) created through the authoring API, then published by one
#     recursive publish command, compared with publishing the same pages one request per page.
# Prints a Markdown report on stdout; progress goes to stderr.
#
# Usage (Debian, as root, from anywhere inside the repository):
#   docs/benchmarks/cache-delivery.sh
# Environment (all optional):
#   DURATION=15         seconds per measured wrk run
#   WARMUP=60           at most this many seconds of warm-up load per URL and portal (see warm_up in lib.sh)
#   CONNECTIONS="1 16"  wrk connection counts
#   PAGES=1000          pages to publish in (b); PAGES=0 skips (b)
#   SERVER_CPU=0 CLIENT_CPU=1 PORTAL_JAR=... JAVA_OPTS="-Xms1g -Xmx1g" READY_TIMEOUT=180
set -euo pipefail

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
CONNECTIONS=${CONNECTIONS:-"1 16"}
PAGES=${PAGES:-1000}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
READY_TIMEOUT=${READY_TIMEOUT:-180}
PAGE=/merseburg
API=/.rest/delivery/pages/v1/merseburg
TARGETS="page api"

BENCH=cache-delivery
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # checks, tools, jar, clean-up; cds to the repository

url_of() { if [ "$1" = page ]; then echo "$PAGE"; else echo "$API"; fi; }
type_of() { if [ "$1" = page ]; then echo "text/html; charset=UTF-8"; else echo "application/json"; fi; }

# cache_state TARGET: the portal's X-Portal-Cache answer for an anonymous GET (HIT, MISS, PASS or none)
cache_state() {
  curl -s -o /dev/null -D - "$PORTAL_BASE$(url_of "$1")" | tr -d '\r' \
    | awk -F': ' 'tolower($1) == "x-portal-cache" { print $2; found = 1 } END { if (!found) print "none" }'
}

# measure_portal LABEL: warm up and measure both targets against the running portal
measure_portal() {
  local label=$1 t c
  for t in $TARGETS; do
    curl -sf -o "$TMP/$label-$t.body" "$PORTAL_BASE$(url_of "$t")" || die "$label: GET $(url_of "$t") failed"
    warm_up "$PORTAL_BASE$(url_of "$t")"
    eval "WARM_${label}_$t=\"\$WARMED s (\$WARMUP_TRACE)\""
    eval "STATE_${label}_$t=$(cache_state "$t")"
    for c in $CONNECTIONS; do
      log "wrk -c$c -d${DURATION}s against $label $t"
      measure portal "$PORTAL_BASE$(url_of "$t")" "$c" "$DURATION" "$TMP/wrk-$label-$t-$c.txt"
    done
  done
}

# --- (a) the portal with its cache, then without -------------------------------------------------------
ADMIN_PASSWORD=bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')   # admin for (b), one per run
start_portal "$PAGE" true --portal.bootstrap.admin-password="$ADMIN_PASSWORD"
[ "$(cache_state page)" != none ] || die "no X-Portal-Cache header: is the page cache in this jar?"
measure_portal cached
CACHED_STARTUP=$STARTUP_S

# --- (b) publishing, on the portal with its cache (the real configuration: publishing invalidates it) ------
PUBLISH_MD=
if [ "$PAGES" -gt 0 ]; then
  JAR_COOKIES=$TMP/cookies.txt
  login_csrf=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$PORTAL_BASE/.login" \
    | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$login_csrf" ] || die "no CSRF field on the login page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$login_csrf" "$PORTAL_BASE/.login")
  [ "$code" = 302 ] || die "login answered $code"
  CSRF=$(curl -sf -b "$JAR_COOKIES" "$PORTAL_BASE/.rest/csrf" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$CSRF" ] || die "no CSRF token from /.rest/csrf"
  api() {   # method path [json] -> prints the status code; the body goes to $TMP/api.out
    curl -s -o "$TMP/api.out" -w '%{http_code}' -X "$1" -b "$JAR_COOKIES" -H "X-CSRF-TOKEN: $CSRF" \
      -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$PORTAL_BASE$2"
  }
  prop() { printf '{"name":"%s","values":["%s"]}' "$1" "$2"; }
  NODES=/.rest/nodes/v1/website/merseburg
  code=$(api PUT "$NODES" "{\"name\":\"benchmark\",\"type\":\"mgnl:page\",\"properties\":[$(prop mgnl:template \
    portal-theme:pages/section),$(prop title Benchmark)]}")
  [ "$code" = 201 ] || die "creating the parent page: $code $(cat "$TMP/api.out")"
  log "creating $PAGES pages with a text component through the Nodes API"
  t0=$(date +%s.%N)
  for i in $(seq 1 "$PAGES"); do
    body="{\"name\":\"seite-$i\",\"type\":\"mgnl:page\",\"properties\":[$(prop mgnl:template \
portal-theme:pages/content),$(prop title "Seite $i")],\"nodes\":[{\"name\":\"main\",\"type\":\"mgnl:area\",\
\"nodes\":[{\"name\":\"0\",\"type\":\"mgnl:component\",\"properties\":[$(prop mgnl:template \
portal-theme:components/text),$(prop headline "Abschnitt $i"),$(prop text "<p>Inhalt der Seite $i.</p>")]}]}]}"
    code=$(api PUT "$NODES/benchmark" "$body")
    [ "$code" = 201 ] || die "creating page $i: $code $(cat "$TMP/api.out")"
  done
  CREATE_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

  publish() {   # path recursive -> seconds
    local t
    t=$(curl -s -o "$TMP/api.out" -w '%{http_code} %{time_total}' -X POST -b "$JAR_COOKIES" \
      -H "X-CSRF-TOKEN: $CSRF" -H 'Content-Type: application/json' \
      --data-binary "{\"path\":\"$1\",\"recursive\":$2,\"comment\":\"Benchmark\"}" \
      "$PORTAL_BASE/.rest/commands/v2/website/publish")
    [ "${t%% *}" = 200 ] || die "publishing $1: $t $(cat "$TMP/api.out")"
    echo "${t#* }"
  }
  log "publishing the $PAGES pages with one recursive command"
  ONE_S=$(publish /merseburg/benchmark true)
  code=$(curl -s -o /dev/null -w '%{http_code}' "$PORTAL_BASE/merseburg/benchmark/seite-$PAGES")
  [ "$code" = 200 ] || die "published page not visible anonymously: $code"
  log "publishing the same tree once more (unchanged content)"
  AGAIN_S=$(publish /merseburg/benchmark true)
  log "publishing the $PAGES pages one request per page"
  t0=$(date +%s.%N)
  for i in $(seq 1 "$PAGES"); do publish "/merseburg/benchmark/seite-$i" false >/dev/null; done
  EACH_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  PUBLISH_MD=$(
    echo "| operation | seconds |"
    echo "|---|---:|"
    echo "| create $PAGES pages with a text component (one Nodes API PUT each, for setup) | $CREATE_S |"
    printf '| publish %s new pages: one recursive publish command | %.1f |\n' "$PAGES" "$ONE_S"
    printf '| publish the same %s pages again, unchanged: one recursive command | %.1f |\n' "$PAGES" "$AGAIN_S"
    echo "| publish the $PAGES pages one request per page (baseline) | $EACH_S |"
    echo
    echo "One operation is $(ratio "$EACH_S" "$ONE_S") faster than one request per page."
  )
fi
stop_portal

start_portal "$PAGE" true --portal.cache.enabled=false
measure_portal uncached
for t in $TARGETS; do
  cmp -s "$TMP/cached-$t.body" "$TMP/uncached-$t.body" || die "the cached and uncached portal differ for $t"
done

# --- nginx serving the same bytes -----------------------------------------------------------------------
mkdir -p "$TMP/www"
cp "$TMP/cached-page.body" "$TMP/www/page"; cp "$TMP/cached-api.body" "$TMP/www/api"
chmod 755 "$TMP/www"; chmod 644 "$TMP/www/page" "$TMP/www/api"   # the nginx worker runs as nobody
start_nginx "$PAGE" <<EOF
    location = $PAGE { default_type "$(type_of page)"; alias $TMP/www/page; }
    location = $API { default_type "$(type_of api)"; alias $TMP/www/api; }
EOF
for t in $TARGETS; do
  curl -sf -o "$TMP/nginx-$t.body" "$NGINX_BASE$(url_of "$t")" || die "nginx does not serve $t"
  cmp -s "$TMP/nginx-$t.body" "$TMP/cached-$t.body" || die "nginx and the portal return different bytes for $t"
done
run_wrk "$NGINX_BASE$PAGE" 16 2 "$TMP/warmup-nginx.txt"
for t in $TARGETS; do
  for c in $CONNECTIONS; do
    log "wrk -c$c -d${DURATION}s against nginx $t"
    measure nginx "$NGINX_BASE$(url_of "$t")" "$c" "$DURATION" "$TMP/wrk-nginx-$t-$c.txt"
  done
done

# --- report -----------------------------------------------------------------------------------------------
errors=$(wrk_errors "$TMP"/wrk-*.txt)
echo "### Page cache and delivery API benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
report_environment
echo "- Page: GET $PAGE, $(wc -c <"$TMP/cached-page.body") bytes of HTML; delivery: GET $API, $(wc -c <"$TMP/cached-api.body") bytes of JSON; identical from all three servers"
echo "- X-Portal-Cache while measuring: page $STATE_cached_page / $STATE_uncached_page, delivery $STATE_cached_api / $STATE_uncached_api (cached / baseline portal)"
echo "- Portal ready after ${CACHED_STARTUP}s (cached) and ${STARTUP_S}s (baseline); servers on core $SERVER_CPU, wrk on core $CLIENT_CPU (\`wrk -t1 -c<N> -d${DURATION}s --latency\`)"
echo "- Warm-up at 1 connection (req/s per 10 s chunk): cached page $WARM_cached_page; cached delivery $WARM_cached_api; baseline page $WARM_uncached_page; baseline delivery $WARM_uncached_api"
[ -z "$errors" ] || echo "- wrk reported: $errors"
echo
echo "| target | connections | metric | portal, cached | portal, cache off | nginx, same bytes | cached ÷ off | nginx ÷ cached |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
for t in $TARGETS; do
  for c in $CONNECTIONS; do
    a=$TMP/wrk-cached-$t-$c.txt; b=$TMP/wrk-uncached-$t-$c.txt; n=$TMP/wrk-nginx-$t-$c.txt
    ar=$(field "$a" rps); br=$(field "$b" rps); nr=$(field "$n" rps)
    echo "| $t | $c | requests/s | $ar | $br | $nr | $(ratio "$ar" "$br") | $(ratio "$nr" "$ar") |"
    for q in 50% 99%; do
      al=$(field "$a" "$q"); bl=$(field "$b" "$q"); nl=$(field "$n" "$q")
      echo "| $t | $c | latency p${q%\%} (ms) | $al | $bl | $nl | $(ratio "$bl" "$al") | $(ratio "$al" "$nl") |"
    done
    read -r au ao <"$a.cpu"; read -r bu bo <"$b.cpu"; read -r nu no <"$n.cpu"
    echo "| $t | $c | core $SERVER_CPU: server / others (%) | $au / $ao | $bu / $bo | $nu / $no | | |"
  done
done
echo
echo "Ratios: how many times better the first is (requests/s divided; latency the other way round)."
if [ -n "$PUBLISH_MD" ]; then
  echo
  echo "#### Publishing $PAGES pages (portal with its cache, the admin publishing through the commands API)"
  echo
  echo "$PUBLISH_MD"
fi
