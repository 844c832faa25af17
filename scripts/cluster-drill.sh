#!/usr/bin/env bash
# The scale-out drill (issue #18): two PostgreSQL servers (a primary and a streaming-replication standby made with
# pg_basebackup, synchronous commit), two application nodes and HAProxy (ops/haproxy/haproxy.cfg), all on loopback
# ports of this machine. Then, with registrations arriving through HAProxy all along (scripts/cluster-drill-load.py,
# which resends a refused registration with the same Idempotency-Key as the crews' phones do):
#   1. a user signed in through node A is signed in on node B (sessions in the database);
#   2. the primary crashes (an immediate stop) and the standby is promoted; both nodes find the new primary
#      by themselves (multi-host JDBC URL, targetServerType=primary);
#   3. node A stops (gracefully: it leaves the pool first) and node B serves alone;
#   4. a nightly job, fired every 10 s on both nodes for the drill, runs once per firing (ShedLock);
# and checks that every acknowledged registration is stored exactly once, that none is stored twice, and that no
# registration was refused with an answer the phone would not resend. Prints a table; exits 1 if a check failed.
#
#   scripts/cluster-drill.sh [path/to/fangkong.jar]      (default: the jar ./mvnw package built in target/)
#
# Needs: Java, PostgreSQL's server binaries (apt-get install postgresql), HAProxy (apt-get install haproxy),
# python3, curl. Run as root it runs PostgreSQL as the user postgres. Ports: 55442/55443 (PostgreSQL),
# 18081/18082 (nodes), 18080 (HAProxy); files under ${FANGKONG_DRILL_DIR:-/tmp/fangkong-drill}, removed at the start.
# Takes about 3 minutes on 2 cores. Run by CI through ClusterDrillIT (./mvnw verify).
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-$(ls target/fangkong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
[ -n "$jar" ] && [ -f "$jar" ] || { echo "drill: no application jar (run ./mvnw package first)" >&2; exit 2; }
jar="$(realpath "$jar")"
base="${FANGKONG_DRILL_DIR:-/tmp/fangkong-drill}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$pg_bin/pg_ctl" ] || { echo "drill: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "drill: no haproxy (apt-get install haproxy)" >&2; exit 2; }
p1=55442 p2=55443 n1=18081 n2=18082 lb=18080
run="r$(date +%s)"
url="jdbc:postgresql://127.0.0.1:$p1,127.0.0.1:$p2/fangkong?targetServerType=primary&hostRecheckSeconds=1&connectTimeout=3&socketTimeout=30"

say() { echo "drill $(date +%T): $*"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { "$pg_bin/psql" -h 127.0.0.1 -p "$1" -U fangkong -d "${3:-fangkong}" -v ON_ERROR_STOP=1 -At -F '|' -c "$2"; }

results="$base/results.txt"
check() { # check <name> <found> <ok|FAIL>
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$results"
	say "$1: $2 [$3]"
}

stop_all() {
	pkill -f "cluster-drill-load.py --port $lb" 2>/dev/null || true
	for pidfile in "$base"/*.pid; do
		[ -f "$pidfile" ] || continue
		kill "$(cat "$pidfile")" 2>/dev/null || true
	done
	for cluster in primary standby; do
		[ -d "$base/$cluster" ] && as_pg "$pg_bin/pg_ctl" -D "$base/$cluster" -m immediate stop >/dev/null 2>&1 || true
	done
	sleep 1
	for pidfile in "$base"/*.pid; do
		[ -f "$pidfile" ] || continue
		kill -9 "$(cat "$pidfile")" 2>/dev/null || true
		rm -f "$pidfile"
	done
}

[ -d "$base" ] && stop_all
rm -rf "$base"
mkdir -p "$base"
[ "$(id -u)" = 0 ] && chown postgres "$base"
: >"$results"
trap 'stop_all' EXIT

wait_for() { # wait_for <seconds> <command...>
	local limit=$1
	shift
	for _ in $(seq 1 "$limit"); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 1
	done
	return 1
}
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; }

# --- PostgreSQL: a primary and a synchronous standby --------------------------------------------------------------
say "PostgreSQL $(basename "$(dirname "$pg_bin")"): primary on $p1"
as_pg "$pg_bin/initdb" -D "$base/primary" -U fangkong -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log"
cat >>"$base/primary/postgresql.conf" <<EOF
port = $p1
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base'
wal_level = replica
max_wal_senders = 4
hot_standby = on
max_connections = 80
shared_buffers = 64MB
synchronous_commit = on
EOF
as_pg "$pg_bin/pg_ctl" -D "$base/primary" -l "$base/primary.log" -w start >/dev/null
sql "$p1" "create database fangkong" postgres >/dev/null

say "standby on $p2, made with pg_basebackup"
as_pg "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$p1" -U fangkong -D "$base/standby" -R -X stream -c fast
cat >>"$base/standby/postgresql.auto.conf" <<EOF
primary_conninfo = 'host=127.0.0.1 port=$p1 user=fangkong application_name=standby'
EOF
cat >>"$base/standby/postgresql.conf" <<EOF
port = $p2
# once promoted, it has no standby of its own to wait for
synchronous_standby_names = ''
EOF
as_pg "$pg_bin/pg_ctl" -D "$base/standby" -l "$base/standby.log" -w start >/dev/null
# from now on a commit is acknowledged once the standby has it: a failover loses no acknowledged registration
sql "$p1" "alter system set synchronous_standby_names = 'standby'" postgres >/dev/null
sql "$p1" "select pg_reload_conf()" postgres >/dev/null
wait_for 30 bash -c "[ \"\$($pg_bin/psql -h 127.0.0.1 -p $p1 -U fangkong -d postgres -Atc \"select sync_state from pg_stat_replication\")\" = sync ]"
check "standby streams synchronously" "$(sql "$p1" "select application_name || ' ' || state || ' ' || sync_state from pg_stat_replication" postgres)" ok

# --- two application nodes and HAProxy ------------------------------------------------------------------------------
start_node() { # start_node <name> <port> [more settings]
	mkdir -p "$base/$1"
	local name=$1 port=$2
	shift 2
	java -Xmx512m -XX:+UseSerialGC -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
		--fangkong.data-dir="$base/$name" --fangkong.node-name="$name" \
		--spring.datasource.url="$url" --spring.datasource.username=fangkong --spring.datasource.password=fangkong \
		--fangkong.shutdown.drain=4s --fangkong.security.trusted-proxies='127\.0\.0\.1' \
		--spring.modulith.events.republish-outstanding-events-on-restart=false \
		--fangkong.screening.retention-cron='*/10 * * * * *' --fangkong.jobs.cron-lock-at-least=5s "$@" \
		>>"$base/$name.log" 2>&1 &
	echo $! >"$base/$name.pid"
}
node_up() { # node_up <name> <port>
	wait_for 240 ready "$2" || { tail -n 40 "$base/$1.log"; check "$1 starts" "not ready after 240 s" FAIL; exit 1; }
}
say "node-a on $n1 (migrates the empty database and loads the demo city)"
start_node node-a "$n1"
node_up node-a "$n1"
say "node-b on $n2 (reads the dashboard, ledgers, map and exports from the standby)"
start_node node-b "$n2" --fangkong.datasource.replica.url="jdbc:postgresql://127.0.0.1:$p2/fangkong" \
	--fangkong.datasource.replica.max-lag=30s
node_up node-b "$n2"

sed -e "s/^\tbind \*:80$/\tbind 127.0.0.1:$lb/" -e "s/127\.0\.0\.1:8081/127.0.0.1:$n1/" \
	-e "s/127\.0\.0\.1:8082/127.0.0.1:$n2/" -e "s|^\tlog /dev/log local0|\t# no syslog in the drill|" \
	-e "s/^\tlog global/\tno log/" -e "/option httplog/d" -e "s|^\tstats socket .*|\tstats socket $base/haproxy.sock mode 600 level admin|" \
	ops/haproxy/haproxy.cfg >"$base/haproxy.cfg"
haproxy -c -q -f "$base/haproxy.cfg"
haproxy -D -p "$base/haproxy.pid" -f "$base/haproxy.cfg"
served_by() { # the nodes that answered 20 requests through HAProxy
	for _ in $(seq 1 20); do
		curl -s -o /dev/null -D - "http://127.0.0.1:$lb/actuator/health/readiness" | tr -d '\r' |
			sed -n 's/^x-fangkong-node: //Ip'
	done | sort -u | paste -sd, -
}
both_serve() { [ "$(served_by)" = node-a,node-b ]; }
wait_for 30 both_serve || true
pool="$(served_by)"
check "HAProxy pool" "$pool" "$([ "$pool" = node-a,node-b ] && echo ok || echo FAIL)"

# --- 1. a session made on node A is valid on node B -----------------------------------------------------------------
jar_file="$base/cookies.txt"
curl -s -c "$jar_file" -b "$jar_file" "http://127.0.0.1:$n1/login" -o "$base/login.html"
csrf="$(grep -o 'name="_csrf" value="[^"]*"' "$base/login.html" | head -n 1 | sed 's/.*value="//;s/"$//')"
login="$(curl -s -c "$jar_file" -b "$jar_file" -o /dev/null -w '%{http_code} %{redirect_url}' \
	--data-urlencode username=commander --data-urlencode password=fangkong-demo --data-urlencode "_csrf=$csrf" \
	"http://127.0.0.1:$n1/login")"
on_b="$(curl -s -b "$jar_file" -o "$base/home-b.html" -w '%{http_code}' "http://127.0.0.1:$n2/")"
if [ "${login%% *}" = 302 ] && [ "$on_b" = 200 ] && grep -q 'action="/logout"' "$base/home-b.html"; then
	check "login on node-a, home page on node-b" "signed in on node-b (login $login, node-b $on_b)" ok
else
	check "login on node-a, home page on node-b" "login $login, node-b $on_b" FAIL
fi

# --- read-only work from the standby (node-b only) ------------------------------------------------------------------
replica_reads() { # <port>: the X-Fangkong-Data-Lag header of the dashboard's JSON, or "none"
	curl -s -o /dev/null -D - -u commander:fangkong-demo "http://127.0.0.1:$1/api/v1/dashboard" | tr -d '\r' |
		sed -n 's/^x-fangkong-data-lag: //Ip' | grep . || echo none
}
b_reads_replica() { [ "$(replica_reads "$n2")" != none ]; }
wait_for 15 b_reads_replica || true
lag_b="$(replica_reads "$n2")"
lag_a="$(replica_reads "$n1")"
check "dashboard read from the standby" "node-b: lag ${lag_b} s; node-a (no replica set): ${lag_a}" \
	"$([ "$lag_b" != none ] && [ "$lag_a" = none ] && echo ok || echo FAIL)"

# --- 2 and 3: registrations through HAProxy while the database fails over and a node stops -------------------------
checkpoint="$(curl -s -u crew:fangkong-demo "http://127.0.0.1:$lb/api/v1/me" | sed -n 's/.*"checkpoints":\[\([0-9]*\).*/\1/p')"
echo steady >"$base/phase"
python3 scripts/cluster-drill-load.py --port "$lb" --checkpoint "$checkpoint" --run "$run" --threads 4 \
	--stop "$base/stop" --phase "$base/phase" --out "$base/registrations.jsonl" &
load=$!
sleep 8

echo failover >"$base/phase"
say "the primary crashes (immediate stop); the standby is promoted 5 s later"
# -m immediate: a crash, not a clean shutdown (no last WAL sent to the standby)
as_pg "$pg_bin/pg_ctl" -D "$base/primary" -m immediate -w stop >/dev/null
sleep 5
as_pg "$pg_bin/pg_ctl" -D "$base/standby" -w promote >/dev/null
check "standby promoted" "$(sql "$p2" "select case when pg_is_in_recovery() then 'still a standby' else 'primary' end")" ok
echo after-failover >"$base/phase"
sleep 12

echo node-stop >"$base/phase"
say "node-a stops (SIGTERM: readiness 503, drain 4 s, graceful shutdown)"
stopped_at=$(date +%s)
kill -TERM "$(cat "$base/node-a.pid")"
wait_for 60 bash -c "! kill -0 $(cat "$base/node-a.pid")"
check "node-a stopped gracefully" "in $(($(date +%s) - stopped_at)) s: $(grep -c 'leaving the load balancer' "$base/node-a.log") drain, $(grep -ci 'graceful shutdown complete' "$base/node-a.log") graceful shutdown" ok
echo node-a-down >"$base/phase"
sleep 8
touch "$base/stop"
wait "$load"

# --- checks -----------------------------------------------------------------------------------------------------------
sql "$p2" "select origin_place, id from registration where origin_place like 'drill:$run:%'" >"$base/stored.txt"
python3 - "$base/registrations.jsonl" "$base/stored.txt" "$results" <<'PY'
import collections, json, sys
sent = [json.loads(line) for line in open(sys.argv[1])]
stored = collections.defaultdict(list)
for line in open(sys.argv[2]):
    if line.strip():
        tag, rid = line.strip().split("|")
        stored[tag].append(int(rid))
out = open(sys.argv[3], "a")
def check(name, found, ok):
    out.write(f"{name}\t{found}\t{'ok' if ok else 'FAIL'}\n")
    print(f"drill: {name}: {found} [{'ok' if ok else 'FAIL'}]")
by_phase = collections.OrderedDict()
for r in sent:
    p = by_phase.setdefault(r["phase"], {"sent": 0, "acked": 0, "retried": 0, "answers": collections.Counter(),
                                         "nodes": collections.Counter()})
    p["sent"] += 1
    p["acked"] += r["acked"]
    p["retried"] += r["attempts"] > 1
    p["answers"].update(str(s) for s in r["statuses"])
    p["nodes"].update(n for n in r["nodes"] if n)
for phase, p in by_phase.items():
    answers = " ".join(f"{k}×{v}" for k, v in sorted(p["answers"].items()))
    nodes = " ".join(f"{k}×{v}" for k, v in sorted(p["nodes"].items()))
    check(f"registrations: {phase}", f"{p['sent']} sent, {p['acked']} acked, {p['retried']} resent; answers {answers}; by {nodes}",
          p["acked"] == p["sent"])
acked = [r for r in sent if r["acked"]]
lost = [r["tag"] for r in acked if len(stored.get(r["tag"], [])) == 0]
twice = [t for t, ids in stored.items() if len(ids) > 1]
wrong_id = [r["tag"] for r in acked if stored.get(r["tag"]) and stored[r["tag"]] != [r["id"]]]
refused = [r for r in sent if not r["acked"]]
final_bad = [r for r in refused if r["statuses"][-1] not in (0, 502, 503, 504)]
check("acknowledged and stored", f"{len(acked)} acknowledged, {len(acked) - len(lost)} stored", not lost)
check("stored twice", f"{len(twice)} {twice[:3]}", not twice)
check("stored under another id than acknowledged", f"{len(wrong_id)}", not wrong_id)
check("refused without a retryable answer", f"{len(final_bad)} {[r['statuses'] for r in final_bad[:3]]}", not final_bad)
nodes = collections.Counter(n for r in sent for n in r["nodes"] if n)
check("answered by", " ".join(f"{k}×{v}" for k, v in sorted(nodes.items())), len(nodes) == 2)
PY

# --- 4. the nightly job, fired every 10 s on both nodes, ran once per firing ----------------------------------------
runs="$(sql "$p2" "select count(*), count(distinct node), coalesce(max(c), 0) from (select node, count(*) over (partition by floor(extract(epoch from started_at) / 10)) as c from job_run where job = 'screening-retention') r")"
IFS='|' read -r job_runs job_nodes max_per_slot <<<"$runs"
check "screening-retention runs (fired on both nodes every 10 s)" "$job_runs runs by $job_nodes node(s), at most $max_per_slot per firing" \
	"$([ "$job_runs" -gt 3 ] && [ "$max_per_slot" = 1 ] && echo ok || echo FAIL)"

recovered="$(python3 -c "
import json,sys
t=[r for r in map(json.loads, open('$base/registrations.jsonl')) if r['phase'] == 'after-failover' and r['acked']]
print(len({n for r in t for n in r['nodes'] if n}), len(t))")"
check "both nodes write after the promotion" "$recovered (nodes, registrations acknowledged; no node restarted)" \
	"$([ "${recovered%% *}" = 2 ] && echo ok || echo FAIL)"

echo
echo "Cluster drill $run — two PostgreSQL servers (primary :$p1, standby :$p2), nodes :$n1 and :$n2, HAProxy :$lb"
printf '%-58s | %-90s | %s\n' "check" "found" "result"
printf '%.0s-' $(seq 1 160)
echo
while IFS=$'\t' read -r name found result; do
	printf '%-58s | %-90s | %s\n' "$name" "$found" "$result"
done <"$results"
if grep -q $'\tFAIL$' "$results"; then
	echo "drill: FAILED (logs in $base)"
	exit 1
fi
echo "drill: all checks passed"
