#!/usr/bin/env python3
"""W6 through the application: a 14-day roster of every checkpoint of the demo city.

Creates the roster with POST /api/v1/rosters (all checkpoints the commander sees), starts
POST /api/v1/rosters/{id}/solve and polls GET /api/v1/rosters/{id} every 0.25 s, printing
when the combined score of all problems begun first has no hard rule broken with every
problem begun (feasible), and when solving ends. Run against a started platform:

    ./mvnw spring-boot:run            # or java -jar target/fangkong-*.jar
    python3 bench/roster_e2e.py [base-url] [user] [password]
"""
import base64
import datetime
import json
import sys
import time
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
USER = sys.argv[2] if len(sys.argv) > 2 else "commander"
PASSWORD = sys.argv[3] if len(sys.argv) > 3 else "fangkong-demo"
AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", AUTH)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def main():
    checkpoints = [c["id"] for c in call("GET", "/api/v1/checkpoints")]
    start = datetime.date.today() + datetime.timedelta(days=30)
    roster = call("POST", "/api/v1/rosters", {"from": start.isoformat(),
                                                "to": (start + datetime.timedelta(days=13)).isoformat(),
                                                "checkpointIds": checkpoints})
    rid = roster["id"]
    began = time.monotonic()
    call("POST", f"/api/v1/rosters/{rid}/solve")
    feasible_at = None
    last = None
    while True:
        time.sleep(0.25)
        state = call("GET", f"/api/v1/rosters/{rid}")
        elapsed = time.monotonic() - began
        progress = state.get("progress")
        if progress:
            line = (f"{elapsed:6.2f} s  {progress['problemsPlanned']}/{progress['problems']} problems planned, "
                    f"{progress['problemsDone']} done  {progress['score']}")
            if line[10:] != last:
                print(line, flush=True)
                last = line[10:]
            if (feasible_at is None and progress["problemsPlanned"] == progress["problems"]
                    and progress["score"].startswith("0hard")):
                feasible_at = elapsed
        if state["status"] != "SOLVING":
            print(f"{elapsed:6.2f} s  {state['status']}  {state['score']}  "
                  f"{len(state['assignments'])} assignments")
            break
    print(f"checkpoints: {len(checkpoints)}; first 0hard seen after {feasible_at:.2f} s" if feasible_at
          else "never 0hard while solving")
    # the machine-readable line bench/run.sh reads
    print(f"W6RESULT checkpoints={len(checkpoints)} feasible_s={feasible_at:.2f}" if feasible_at
          else f"W6RESULT checkpoints={len(checkpoints)} feasible_s=never")


if __name__ == "__main__":
    main()
