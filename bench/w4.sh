#!/usr/bin/env bash
# PERFORMANCE.md W4: the ledger page (GET /api/v1/screenings, 50 rows) against a running server, one request at a
# time from this separate process (curl), for the views a commander (city scope) and a grid worker use:
#   bench/w4.sh BASE_URL CITY_AUTH [GRID_AUTH]
#   bench/w4.sh http://127.0.0.1:8080 "Bearer fk_…" "Bearer fk_…"          (bench/token.sh makes tokens)
#   bench/w4.sh http://127.0.0.1:8080 "Basic $(printf commander:fangkong-demo | base64)"
# CITY_AUTH is the Authorization header of a city-wide user (commander), GRID_AUTH of a grid worker (grid).
# Environment: W4_CALLS (requests per view, 100), W4_WARMUP (10), W4_TOWNSHIP (name of the township filtered on,
# 铁力镇). Prints one line per view:
#   W4RESULT view=<name> calls=N p50_ms=.. p95_ms=.. max_ms=.. rows=<rows on the page>
# and last "W4SUMMARY worst_p95_ms=.. target_ms=100 met=yes|no". Needs curl and python3.
set -euo pipefail
base=${1:?base URL, e.g. http://127.0.0.1:8080}
city=${2:?Authorization header of a city-wide user, e.g. "Bearer fk_..."}
grid=${3:-}
calls=${W4_CALLS:-100}
warmup=${W4_WARMUP:-10}
township=${W4_TOWNSHIP:-铁力镇}
worst=0

get() { # auth path -> body
  curl -sf -H "Authorization: $1" -H 'Accept: application/json' "$base$2"
}

# The township's id from the jurisdiction tree; a cursor to a deep page by following 'next' 20 pages.
township_id=$(get "$city" /api/v1/jurisdictions | python3 -c '
import json, sys
name = sys.argv[1]
data = json.load(sys.stdin)
nodes = data if isinstance(data, list) else data.get("nodes", data.get("content", []))
def walk(ns):
    for n in ns:
        yield n
        yield from walk(n.get("children", []) or [])
print(next((str(n["id"]) for n in walk(nodes) if n.get("name") == name), ""))' "$township")

cursor_after() { # auth path pages -> the cursor after that many pages
  local auth=$1 path=$2 pages=$3 after="" i
  for ((i = 0; i < pages; i++)); do
    local sep='?'; [[ $path == *\?* ]] && sep='&'
    local url=$path; [[ -n $after ]] && url="$path${sep}after=$after"
    after=$(get "$auth" "$url" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("next") or "")')
    [[ -z $after ]] && break
  done
  printf '%s' "$after"
}

measure() { # name auth path
  local name=$1 auth=$2 path=$3 i
  local times rows
  for ((i = 0; i < warmup; i++)); do get "$auth" "$path" > /dev/null; done
  rows=$(get "$auth" "$path" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["content"]))')
  times=$(for ((i = 0; i < calls; i++)); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: $auth" -H 'Accept: application/json' "$base$path"
  done)
  read -r p50 p95 max < <(printf '%s\n' "$times" | python3 -c '
import sys
t = sorted(float(x) * 1000 for x in sys.stdin if x.strip())
pick = lambda q: t[min(len(t) - 1, max(0, int(-(-q * len(t) // 1)) - 1))]
print("%.1f %.1f %.1f" % (pick(0.5), pick(0.95), t[-1]))')
  echo "W4RESULT view=$name calls=$calls p50_ms=$p50 p95_ms=$p95 max_ms=$max rows=$rows"
  worst=$(python3 -c "print(max($worst, $p95))")
}

q=/api/v1/screenings
measure city-default "$city" "$q"
measure city-under-measure "$city" "$q?status=UNDER_MEASURE"
measure city-wuhan-by-arrival "$city" "$q?originClass=WUHAN&sort=arrivalDate&dir=desc"
measure city-isolation-due-first "$city" "$q?measure=CENTRALISED_ISOLATION&status=UNDER_MEASURE&sort=measureEnd&dir=asc"
measure city-by-name "$city" "$q?sort=name&dir=asc"
measure city-arrived-window "$city" "$q?from=$(date -d '-10 days' +%F)&to=$(date -d '-7 days' +%F)&sort=arrivalDate&dir=asc"
measure city-page-20 "$city" "$q?page=20"
measure city-page-200 "$city" "$q?page=200"
measure city-after-cursor-20-pages "$city" "$q?after=$(cursor_after "$city" "$q" 20)"
measure city-search-name "$city" "$q?q=%E7%8E%8B%E4%BC%9F"
if [[ -n $township_id ]]; then
  measure township-default "$city" "$q?gridId=$township_id"
  measure township-under-measure-by-end "$city" "$q?gridId=$township_id&status=UNDER_MEASURE&sort=measureEnd&dir=asc"
  measure township-by-name "$city" "$q?gridId=$township_id&sort=name&dir=asc"
fi
if [[ -n $grid ]]; then
  measure grid-default "$grid" "$q"
  measure grid-under-measure-by-end "$grid" "$q?status=UNDER_MEASURE&sort=measureEnd&dir=asc"
  measure grid-by-name "$grid" "$q?sort=name&dir=asc"
  measure grid-hubei-by-arrival "$grid" "$q?originClass=HUBEI&sort=arrivalDate"
  measure grid-page-10 "$grid" "$q?page=10"
fi
met=no; python3 -c "import sys; sys.exit(0 if $worst <= 100 else 1)" && met=yes
echo "W4SUMMARY worst_p95_ms=$worst target_ms=100 met=$met"
