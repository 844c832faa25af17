#!/usr/bin/env bash
# PERFORMANCE.md W2: the Excel ledger import of a 100,000-row .xlsx through the running server's API, dry run then
# commit, against its baseline in the same run: COPY of the same rows as CSV into a scratch table (psql \copy).
#   bench/w2.sh BASE_URL AUTH XLSX CSV
#   bench/w2.sh http://127.0.0.1:8080 "Basic $(printf hq-screening:fangkong-demo | base64)" \
#       target/benchmarks/w2-ledger.xlsx target/benchmarks/w2-ledger.csv
# AUTH: the Authorization header of an HQ user (commander or HQ staff: their cap is
# fangkong.screening.import.max-rows-hq, 100,000 by default; others' is 5,000). The files come from
#   ./mvnw -B -o -q test -Dtest=LedgerWorkbookGenerator -Dfangkong.excluded-test-groups= \
#       -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jdbcUrl=jdbc:postgresql://127.0.0.1:5432/DB [-Dbench.rows=100000]
# (the grids are read from that database; run it once per database: the persons are new, and a second commit of the
# same file finds them all and updates nothing — slower, and not W2).
# Environment: W2_PSQL — psql connection options for the baseline (default "-h 127.0.0.1 -U fangkong -d fangkong_bench",
# password from PGPASSWORD, default fangkong); W2_PID — the server's process id, to report its resident memory
# before, at most during and after the import. Prints:
#   W2DRYRUN rows=N created=C rejected=R seconds=S rows_per_s=..
#   W2RESULT rows=N created=C rejected=R seconds=S rows_per_s=..
#   W2BASE rows=N seconds=S rows_per_s=..
#   W2MEM rss_before_mb=.. rss_max_mb=.. rss_after_mb=..            (with W2_PID)
#   W2SUMMARY rows_per_s=.. target=20000 met=yes|no ratio_to_copy=..
set -euo pipefail
base=${1:?base URL}; auth=${2:?Authorization header of an HQ user}; xlsx=${3:?the .xlsx}; csv=${4:?the same rows as .csv}
psql_opts=${W2_PSQL:--h 127.0.0.1 -U fangkong -d fangkong_bench}
export PGPASSWORD=${PGPASSWORD:-fangkong}
rows=$(wc -l < "$csv")
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

upload() { # dryRun -> prints "seconds created rejected"
  local out; out=$(mktemp)
  local seconds
  seconds=$(curl -s -o "$out" -w '%{time_total}' -H "Authorization: $auth" -H 'Accept: application/json' \
    -F "file=@$xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "$base/api/v1/screenings/import?dryRun=$1")
  python3 - "$out" "$seconds" <<'EOF'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
try:
    r = json.loads(body)
    print(sys.argv[2], r["created"] + r["updated"] + r["unchanged"], len(r["rejected"]))
except Exception:
    sys.stderr.write("W2: the import answered: " + body[:500] + "\n")
    print(sys.argv[2], -1, -1)
EOF
  rm -f "$out"
}

report() { # name seconds created rejected
  python3 -c "
rows, s = $rows, float('$2')
print('$1 rows=%d created=%s rejected=%s seconds=%.2f rows_per_s=%.0f' % (rows, '$3', '$4', s, rows / s))"
}

read -r s c r < <(upload true)
report W2DRYRUN "$s" "$c" "$r"

max=0
if [[ -n ${W2_PID:-} ]]; then
  before=$(rss "$W2_PID"); max=$before
  ( while kill -0 "$W2_PID" 2>/dev/null; do rss "$W2_PID"; echo; sleep 0.2; done ) > /tmp/w2-rss.$$ &
  sampler=$!
fi
read -r s c r < <(upload false)
commit_seconds=$s
report W2RESULT "$s" "$c" "$r"
if [[ -n ${W2_PID:-} ]]; then
  kill "$sampler" 2>/dev/null || true
  max=$(sort -n /tmp/w2-rss.$$ | tail -1); rm -f /tmp/w2-rss.$$
  echo "W2MEM rss_before_mb=$before rss_max_mb=$max rss_after_mb=$(rss "$W2_PID")"
fi

# The baseline: the same rows as CSV into a scratch table with COPY, one transaction.
table=w2_base_$$
started=$(date +%s.%N)
psql $psql_opts -q -v ON_ERROR_STOP=1 <<EOF
create table $table (name text, sex text, id_type text, id_number text, phone text, origin_class text, origin text,
  arrival text, transport text, transport_number text, address text, grid text, measure text, start text, note text);
\copy $table from '$csv' with (format csv)
EOF
ended=$(date +%s.%N)
psql $psql_opts -q -c "drop table $table"
base_seconds=$(python3 -c "print('%.2f' % ($ended - $started))")
python3 -c "print('W2BASE rows=%d seconds=%s rows_per_s=%.0f' % ($rows, '$base_seconds', $rows / $base_seconds))"
python3 -c "
r = $rows / $commit_seconds
print('W2SUMMARY rows_per_s=%.0f target=20000 met=%s ratio_to_copy=%.2f' % (r, 'yes' if r >= 20000 else 'no', $base_seconds / $commit_seconds))"
