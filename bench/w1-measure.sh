#!/bin/sh
# One W1 measurement: wrk with bench/w1.lua, then the stored rows of the run and the time the event backlog
# takes to drain. usage: FK_AUTH=... FK_CHECKPOINT=... [FK_DEST=...] bench/w1-measure.sh RUN [PORT] [DB] [SECONDS]
# Prints the W1RESULT line, then: W1CHECK run=.. rows=.. status201=.. duplicates=.. drain_s=..
set -e
RUN=$1; PORT=${2:-8092}; DB=${3:-fangkong_w1}; SECS=${4:-20}
cd "$(dirname "$0")/.."
export FK_RUN=$RUN PGPASSWORD=${PGPASSWORD:-fangkong}
Q="psql -h 127.0.0.1 -U fangkong -d $DB -Atc"
OUT=$(wrk -t2 -c32 -d${SECS}s --latency -s bench/w1.lua http://127.0.0.1:$PORT 2>/tmp/w1-wrk-$RUN.err)
echo "$OUT" > /tmp/w1-wrk-$RUN.out
LINE=$(echo "$OUT" | grep '^W1RESULT')
echo "$LINE"
START=$(date +%s.%N)
while [ "$($Q "select count(*) from event_publication where completion_date is null")" != "0" ]; do sleep 0.2; done
END=$(date +%s.%N)
S201=$(echo "$LINE" | sed 's/.*status201=\([0-9]*\).*/\1/')
ROWS=$($Q "select count(*) || ' duplicates=' || (count(*) - count(distinct id_number_hash)) from registration where origin_place = 'w1:$RUN'")
echo "W1CHECK run=$RUN rows=$ROWS status201=$S201 drain_s=$(echo "$END - $START" | bc)"
