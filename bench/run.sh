#!/usr/bin/env bash
# The performance harness (issue #19; ../shared/design/PERFORMANCE.md W1-W7). One command:
#
#     bench/run.sh
#
# builds the jar, measures its start on H2 (W7), starts it on a fresh PostgreSQL database, fills that database with a
# city (bench.persons persons, bench.crossings crossings over 14 days, through COPY), then runs each workload with
# its baseline in the same run, the load always from a separate process (wrk with a Lua script, pgbench, curl,
# Chromium), and prints a table: workload, figure, value, baseline, ratio, target, met. The table is also written to
# target/bench/results.md, the raw lines to target/bench/results.tsv and the server's log to target/bench/*.log.
#
# Needs: a JDK, PostgreSQL on 127.0.0.1:5432 with the role fangkong/fangkong (as .ci/run makes it), wrk, pgbench,
# curl, and for W5's drawing /usr/bin/chromium with python3-selenium (`apt-get install -y wrk chromium
# chromium-driver python3-selenium`).
#
# Settings (environment): BENCH_PERSONS (1000000), BENCH_CROSSINGS (5000000), BENCH_DURATION seconds of each load
# (20), BENCH_CONNECTIONS for W1 (32), BENCH_DB (fangkong_bench, dropped and made again), BENCH_PORT (8099),
# BENCH_ONLY (W1,W2,W3,W4,W5,W6,W7: a subset), BENCH_SKIP_BUILD=1 to use the jar already built,
# BENCH_KEEP_DATA=1 to reuse the database of the last run (no drop, no generation), BENCH_JAVA_OPTS (the server's JVM
# options: "-Xmx512m -XX:+UseSerialGC", as docs/operations.md recommends for a one-server city).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

persons="${BENCH_PERSONS:-1000000}"
crossings="${BENCH_CROSSINGS:-5000000}"
duration="${BENCH_DURATION:-20}"
connections="${BENCH_CONNECTIONS:-32}"
db="${BENCH_DB:-fangkong_bench}"
port="${BENCH_PORT:-8099}"
only="${BENCH_ONLY:-W1,W2,W3,W4,W5,W6,W7}"
read -r -a java_opts <<<"${BENCH_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
base="http://127.0.0.1:$port"
out="$root/target/bench"
jar="$root/target/fangkong-0.1.0-SNAPSHOT.jar"
export PGPASSWORD=fangkong
pg=(-h 127.0.0.1 -p 5432 -U fangkong)
mkdir -p "$out"
results="$out/results.tsv"
: >"$results"
server_pid=""

say() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
wants() { [[ ",$only," == *",$1,"* ]]; }
sql() { psql "${pg[@]}" -d "$db" -qAtX -v ON_ERROR_STOP=1 -c "$1"; }
field() { sed -n "s/.*[ ^]$1=\([^ ]*\).*/\1/p" <<<" $2" | head -n 1; }
# record WORKLOAD FIGURE VALUE BASELINE TARGET MET: one line of the table; the ratio, when both are numbers, is
# value/baseline for a rate (more is better) and baseline/value for a time (RATIO=faster: how many times faster).
record() {
	local ratio="—"
	if [[ "$3" =~ ^[0-9.]+$ && "$4" =~ ^[0-9.]+$ ]] && awk "BEGIN{exit !($4 > 0 && $3 > 0)}"; then
		if [ "${RATIO:-rate}" = faster ]; then
			ratio="$(awk "BEGIN{printf \"%.1f\", $4 / $3}")× faster"
		else
			ratio="$(awk "BEGIN{printf \"%.2f\", $3 / $4}")×"
		fi
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$ratio" "$5" "$6" | tee -a "$results"
}
yes_if() { if awk "BEGIN{exit !($1)}"; then echo yes; else echo no; fi; }

for tool in wrk pgbench psql curl java; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk postgresql-client curl)"; exit 2; }
done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "bench: PostgreSQL is not running on 127.0.0.1:5432 (see .ci/run)"; exit 2; }

stop_server() {
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid"
		for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$server_pid" 2>/dev/null || true
	fi
	server_pid=""
}
trap stop_server EXIT

# start_server NAME ARGS...: starts the jar (BENCH_JAVA_OPTS, demo profile) and waits until it is ready and its demo users
# can log in; sets started_s (launch to readiness UP) and demo_s (launch to demo data loaded).
start_server() {
	local name="$1"; shift
	local began now
	began="$(date +%s.%N)"
	java "${java_opts[@]}" -jar "$jar" --spring.profiles.active=demo --server.port="$port" "$@" >"$out/$name.log" 2>&1 &
	server_pid=$!
	started_s=""; demo_s=""
	for _ in $(seq 1 1200); do
		kill -0 "$server_pid" 2>/dev/null || { echo "bench: the server stopped; see $out/$name.log"; exit 1; }
		now="$(date +%s.%N)"
		if [ -z "$started_s" ] && curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			started_s="$(awk "BEGIN{printf \"%.1f\", $now - $began}")"
		fi
		if [ -n "$started_s" ] && curl -fs -o /dev/null -u commander:fangkong-demo "$base/api/v1/me" 2>/dev/null; then
			demo_s="$(awk "BEGIN{printf \"%.1f\", $now - $began}")"
			return 0
		fi
		sleep 0.25
	done
	echo "bench: the server did not get ready in 300 s; see $out/$name.log"; exit 1
}
pg_server() {
	start_server "$1" --fangkong.data-dir="$out/data-pg" --spring.datasource.hikari.maximum-pool-size=20 \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
		--spring.datasource.username=fangkong --spring.datasource.password=fangkong
}
# read_load PATHS [CONNECTIONS]: 4 connections (or CONNECTIONS) GET the paths ('|'-separated) with FK_AUTH or
# FK_COOKIE, 5 s of warm-up, then the measured run; prints get.lua's RESULT line.
read_load() {
	FK_PATHS="$1" wrk -t1 -c"${2:-4}" -d5s --timeout 60s -s bench/get.lua "$base" >/dev/null
	FK_PATHS="$1" wrk -t1 -c"${2:-4}" -d"${duration}s" --timeout 60s -s bench/get.lua "$base" | grep '^RESULT'
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server_pid/status"; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
	say "building the jar"
	./mvnw -B -q package -DskipTests
fi

if wants W7; then
	say "W7: start-up of the packaged jar on H2 with demo data (a new data folder)"
	rm -rf "$out/data-h2"
	start_server w7-h2 --fangkong.data-dir="$out/data-h2"
	record W7 "first start on H2, a new folder (migrations, demo data): launch → readiness UP (s)" "$started_s" "—" "≤ 20" "$(yes_if "$started_s <= 20")"
	record W7 "resident memory after start, ${java_opts[*]} (MB)" "$(rss_mb)" "—" "≤ 768" "$(yes_if "$(rss_mb) <= 768")"
	stop_server
	start_server w7-h2-again --fangkong.data-dir="$out/data-h2"
	record W7 "start on H2 again, the data in place: launch → readiness UP (s)" "$started_s" "—" "≤ 20" "$(yes_if "$started_s <= 20")"
	stop_server
	say "W7: the same first start from the unpacked jar with a class-data sharing archive (scripts/cds-archive.sh)"
	scripts/cds-archive.sh "$jar" "$out/cds"
	plain_jar="$jar"; plain_opts=("${java_opts[@]}")
	jar="$out/cds/$(basename "$plain_jar")"; java_opts=(-XX:SharedArchiveFile="$out/cds/fangkong.jsa" "${plain_opts[@]}")
	rm -rf "$out/data-h2-cds"
	start_server w7-h2-cds --fangkong.data-dir="$out/data-h2-cds"
	record W7 "first start on H2, a new folder, with the CDS archive: launch → readiness UP (s)" "$started_s" "—" "≤ 20" "$(yes_if "$started_s <= 20")"
	record W7 "resident memory after start with the CDS archive (MB)" "$(rss_mb)" "—" "≤ 768" "$(yes_if "$(rss_mb) <= 768")"
	stop_server
	jar="$plain_jar"; java_opts=("${plain_opts[@]}")
fi

if [ "${BENCH_KEEP_DATA:-0}" != 1 ]; then
	say "a new database $db: migrations and demo data, then the city ($persons persons, $crossings crossings)"
	dropdb "${pg[@]}" --if-exists "$db"
	createdb "${pg[@]}" "$db"
	pg_server pg-first
	stop_server
	began="$(date +%s)"
	./mvnw -B -q test -Dtest=CityGenerator -Dfangkong.excluded-test-groups= -Dsurefire.failIfNoSpecifiedTests=false \
		-Dbench.jdbcUrl="jdbc:postgresql://127.0.0.1:5432/$db" -Dbench.user=fangkong -Dbench.password=fangkong \
		-Dbench.persons="$persons" -Dbench.crossings="$crossings" | tee "$out/generator.log"
	record data "city generated: persons / crossings / seconds" "$(sql 'select count(*) from person') / $(sql 'select count(*) from registration') / $(($(date +%s) - began))" "—" "minutes" "—"
	sql "vacuum analyze"
fi

say "starting the platform on PostgreSQL ($db)"
pg_server pg
record W7 "start on PostgreSQL with the city: launch → readiness UP (s)" "$started_s" "—" "—" "—"

if wants W1; then
	say "W1: pgbench, the comparable INSERT (a copy of the registration table with its indexes), $connections clients"
	psql "${pg[@]}" -d "$db" -qAtX -v ON_ERROR_STOP=1 -f bench/w1-pgbench-setup.sql
	line="$(pgbench "${pg[@]}" -d "$db" -n -c "$connections" -j 2 -T "$duration" -f bench/w1-pgbench.sql 2>&1 | tee "$out/w1-pgbench.log" | grep -E '^tps' | head -n 1)"
	pgbench_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$line" | cut -d. -f1)"
	pgbench_lat="$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' "$out/w1-pgbench.log")"
	record W1 "pgbench INSERT, $connections clients (tx/s; latency avg $pgbench_lat ms)" "$pgbench_tps" "—" "baseline" "—"
	sql "drop table bench_registration"
	crew="$(curl -fsS -u crew:fangkong-demo "$base/api/v1/me")"
	checkpoint="$(sed -n 's/.*"checkpoints":\[\([0-9]*\).*/\1/p' <<<"$crew")"
	bearer="Bearer $(bench/token.sh "$base" crew)"
	basic="Basic $(printf 'crew:fangkong-demo' | base64)"
	# every registration an arrival from another province bound for one of 200 demo households in turn, so that each
	# one is also an event for the screening intake (TravellerArrived)
	grids="$(sql "select string_agg(id::text, ',') from (select id from jurisdiction_node where kind = 'HOUSEHOLD' and demo order by id limit 200) g")"
	for how in bearer basic; do
		auth="$bearer"; [ "$how" = basic ] && auth="$basic"
		run="$how$(date +%s)"
		say "W1 by $how: wrk, $connections connections, $duration s (warm-up 5 s first)"
		FK_AUTH="$auth" FK_CHECKPOINT="$checkpoint" FK_DEST="$grids" FK_RUN="warm$run" wrk -t2 -c"$connections" -d5s -s bench/w1.lua "$base" >/dev/null
		ended=""
		result="$(FK_AUTH="$auth" FK_CHECKPOINT="$checkpoint" FK_DEST="$grids" FK_RUN="$run" wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/w1.lua "$base" | tee "$out/w1-$how.log" | grep '^W1RESULT')"
		ended="$(date +%s.%N)"
		acknowledged="$(field status201 "$result")"
		# the event backlog: publications not yet completed, until none is left
		for _ in $(seq 1 1200); do
			[ "$(sql "select count(*) from event_publication where completion_date is null")" = 0 ] && break
			sleep 0.25
		done
		drain="$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $ended}")"
		# the stored idempotency key is a keyed hash of the client's: a run is found by its tag in origin_place
		stored="$(sql "select count(*) from registration where origin_place = 'w1:$run'")"
		distinct="$(sql "select count(distinct id_number_hash) from registration where origin_place = 'w1:$run'")"
		rps="$(field rps "$result")"; p99="$(field p99_ms "$result")"
		# none lost: every 201 is stored (the stored rows may exceed the 201s by the requests still in flight when wrk
		# stopped, at most one per connection, answered after wrk stopped listening); none doubled: one row per person
		intact="$(yes_if "$stored >= $acknowledged && $stored <= $acknowledged + $connections && $distinct == $stored && $(field other "$result") == 0 && $(field errors "$result") == 0")"
		ok="$(yes_if "$rps >= 0.35 * $pgbench_tps && $p99 <= 50")"; [ "$intact" = yes ] || ok=no
		record W1 "registrations by $how (req/s)" "$rps" "$pgbench_tps" "≥ 0.35× pgbench" "$ok"
		record W1 "  by $how: p50 / p99 (ms)" "$(field p50_ms "$result") / $p99" "—" "p99 ≤ 50" "$(yes_if "$p99 <= 50")"
		record W1 "  by $how: 201 / other status / socket errors / stored / distinct people" "$acknowledged / $(field other "$result") / $(field errors "$result") / $stored / $distinct" "—" "none lost or doubled" "$intact"
		record W1 "  by $how: event backlog drained after the load (s)" "$drain" "—" "—" "—"
	done
	record W7 "resident memory after W1, ${java_opts[*]} (MB)" "$(rss_mb)" "—" "≤ 768" "$(yes_if "$(rss_mb) <= 768")"
fi

if wants W3; then
	say "W3: the dashboard, 4 connections, against the same figures by GROUP BY over the raw rows (pgbench, 1 client)"
	pgbench "${pg[@]}" -d "$db" -n -c 1 -T 10 -f bench/w3-raw.sql -l --log-prefix="$out/w3raw" >/dev/null 2>&1
	raw_p95="$(cat "$out"/w3raw.* | awk '{print $3 / 1000}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if(i<1)i=1; printf "%.1f", a[i]}')"
	rm -f "$out"/w3raw.*
	record W3 "baseline: the city's crossing figures by GROUP BY over the raw rows, p95 (ms)" "$raw_p95" "—" "—" "—"
	for who in commander grid; do
		auth="Bearer $(bench/token.sh "$base" "$who")"
		cookie="$(bench/token.sh --cookie "$base" "$who")"
		for path in /api/v1/dashboard /dashboard; do
			if [ "$path" = /dashboard ]; then
				result="$(FK_COOKIE="$cookie" read_load "$path")"
			else
				result="$(FK_AUTH="$auth" read_load "$path")"
			fi
			p95="$(field p95_ms "$result")"
			baseline="—"; target="≤ 20"; met="$(yes_if "$p95 <= 20 && $(field other "$result") == 0 && $(field timeouts "$result") == 0")"
			if [ "$who" = commander ]; then
				baseline="$raw_p95"; target="≤ 20, ≥ 20× faster"
				met="$(yes_if "$p95 <= 20 && $raw_p95 >= 20 * $p95 && $(field other "$result") == 0 && $(field timeouts "$result") == 0")"
			fi
			RATIO=faster record W3 "$path as $who: p95 (ms), $(field ok "$result") answers, $(field other "$result") other, $(field timeouts "$result") timed out" "$p95" "$baseline" "$target" "$met"
		done
	done
fi

if wants W4; then
	say "W4: the ledger's pages (GET /api/v1/screenings, 50 rows) as the commander and a grid worker"
	bench/w4.sh "$base" "Bearer $(bench/token.sh "$base" commander)" "Bearer $(bench/token.sh "$base" grid)" | tee "$out/w4.log"
	while read -r line; do
		p95="$(field p95_ms "$line")"
		record W4 "ledger, $(field view "$line"): p95 (ms), $(field rows "$line") rows" "$p95" "—" "≤ 100" "$(yes_if "$p95 <= 100")"
	done < <(grep '^W4RESULT' "$out/w4.log")
fi

if wants W5; then
	# W5 is 10,000 key persons: at 1M persons the city has many more under a measure (the layer stops at
	# fangkong.map.max-key-persons), so the server's figure is taken with a filter that leaves about 10,000 of them
	# (people from abroad in centralised isolation), one request at a time; the drawing is of the page as it opens,
	# every key person up to the layer's limit.
	say "W5: the map's key persons (GeoJSON), one client, and /map drawn in headless Chromium"
	auth="Bearer $(bench/token.sh "$base" commander)"
	path="/api/v1/map/key-persons?originClass=ABROAD&measure=CENTRALISED_ISOLATION"
	features="$(curl -fsS -H "Authorization: $auth" "$base$path" | grep -o '"type":"Feature"' | wc -l)"
	result="$(FK_AUTH="$auth" read_load "$path" 1)"
	p95="$(field p95_ms "$result")"
	record W5 "GET $path, $features features: p95 (ms)" "$p95" "—" "≤ 300" "$(yes_if "$p95 <= 300")"
	result="$(FK_AUTH="$auth" read_load /api/v1/map/key-persons 1)"
	features="$(curl -fsS -H "Authorization: $auth" "$base/api/v1/map/key-persons" | grep -o '"type":"Feature"' | wc -l)"
	record W5 "GET /api/v1/map/key-persons (the page's layer), $features features: p95 (ms)" "$(field p95_ms "$result")" "—" "—" "—"
	if [ -x /usr/bin/chromium ] && /usr/bin/python3 -c 'import selenium' 2>/dev/null; then
		drawn="$(/usr/bin/python3 bench/map_draw.py "$base" commander | grep '^W5DRAW')"
		record W5 "/map drawn in headless Chromium, $(field persons "$drawn") key persons, median of 5 (ms)" "$(field median_ms "$drawn")" "—" "≤ 2000" "$(yes_if "$(field median_ms "$drawn") <= 2000")"
	else
		record W5 "/map drawn in headless Chromium" "not measured: chromium or python3-selenium missing" "—" "≤ 2000" "no"
	fi
fi

if wants W2; then
	say "W2: the Excel ledger import of 100,000 rows (dry run, then commit) against COPY of the same rows"
	./mvnw -B -q test -Dtest=LedgerWorkbookGenerator -Dfangkong.excluded-test-groups= -Dsurefire.failIfNoSpecifiedTests=false \
		-Dbench.jdbcUrl="jdbc:postgresql://127.0.0.1:5432/$db" -Dbench.user=fangkong -Dbench.password=fangkong -Dbench.seed="$(date +%s)" >"$out/w2-generator.log"
	W2_PSQL="-h 127.0.0.1 -U fangkong -d $db" W2_PID="$server_pid" bench/w2.sh "$base" \
		"Bearer $(bench/token.sh "$base" hq-screening)" target/benchmarks/w2-ledger.xlsx target/benchmarks/w2-ledger.csv | tee "$out/w2.log"
	result="$(grep '^W2RESULT' "$out/w2.log" | head -n 1)"
	baseline="$(grep '^W2BASE' "$out/w2.log" | head -n 1)"
	memory="$(grep '^W2MEM' "$out/w2.log" | head -n 1)"
	record W2 "import of $(field rows "$result") rows, $(field created "$result") new, $(field rejected "$result") refused (rows/s; baseline: COPY)" "$(field rows_per_s "$result")" "$(field rows_per_s "$baseline")" "≥ 20000" "$(yes_if "$(field rows_per_s "$result") >= 20000")"
	record W2 "  resident memory before / at most / after the import (MB)" "$(field rss_before_mb "$memory") / $(field rss_max_mb "$memory") / $(field rss_after_mb "$memory")" "—" "flat" "—"
fi

if wants W6; then
	say "W6: a 14-day roster of every checkpoint, solved through the application"
	/usr/bin/env python3 bench/roster_e2e.py "$base" | tee "$out/w6.log"
	feasible="$(field feasible_s "$(grep '^W6RESULT' "$out/w6.log")")"
	record W6 "whole city feasible (0 hard) after (s)" "${feasible:-never}" "—" "≤ 15" "$(yes_if "${feasible:-999} <= 15")"
fi

stop_server
say "results ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $persons persons, $crossings crossings)"
{
	echo "| workload | figure | value | baseline | ratio | target | met |"
	echo "|---|---|---|---|---|---|---|"
	awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}' "$results"
} | tee "$out/results.md"
