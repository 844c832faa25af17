#!/usr/bin/env python3
"""Registrations for scripts/cluster-drill.sh (issue #18), sent like the crews' phones send them.

Every registration gets its own Idempotency-Key and a tag in originPlace (drill:<run>:<n>) that the drill counts in
the database afterwards. A registration refused with a retryable answer (502, 503, 504, or no answer at all) is sent
again, unchanged, after half a second, as the crew's offline queue does, until it is acknowledged (201) or
--give-up-after seconds have passed. Runs until the file named by --stop exists, then finishes the registrations in
hand and writes one JSON line per registration to --out:
  {"n": 17, "tag": "drill:r1:17", "acked": true, "id": 123, "attempts": 3, "statuses": [503, 503, 201],
   "nodes": ["node-a", "node-b", "node-b"], "phase": "node-stop"}
The phase is the content of the --phase file when the registration was first sent.
"""
import argparse
import base64
import http.client
import json
import os
import threading
import time

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
RETRYABLE = {502, 503, 504}


def resident_id(k):
    first17 = "230722" + time.strftime("%Y%m%d", time.gmtime(31536000 + (k // 1000) * 86400)) + "%03d" % (k % 1000)
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CHECK[total % 11]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--user", default="crew")
    p.add_argument("--password", default="fangkong-demo")
    p.add_argument("--run", required=True)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--stop", required=True)
    p.add_argument("--phase", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--give-up-after", type=float, default=90)
    a = p.parse_args()

    auth = "Basic " + base64.b64encode(f"{a.user}:{a.password}".encode()).decode()
    path = f"/api/v1/checkpoints/{a.checkpoint}/registrations"
    lock = threading.Lock()
    counter = [0]
    results = []

    def phase():
        try:
            with open(a.phase) as f:
                return f.read().strip()
        except OSError:
            return "?"

    def one(n):
        tag = f"drill:{a.run}:{n}"
        body = json.dumps({"direction": "IN", "idType": "RESIDENT_ID", "idNumber": resident_id(n), "name": "演练旅客",
                           "phone": "13900001234", "originClass": "LOCAL", "originPlace": tag, "travelMode": "TRAIN",
                           "temperature": 36.5, "healthCode": "GREEN"}, ensure_ascii=False).encode()
        headers = {"Authorization": auth, "Content-Type": "application/json", "Idempotency-Key": f"{tag}-key"}
        record = {"n": n, "tag": tag, "acked": False, "id": None, "attempts": 0, "statuses": [], "nodes": [],
                  "phase": phase()}
        started = time.monotonic()
        while True:
            record["attempts"] += 1
            status, node, reg_id = None, None, None
            try:
                conn = http.client.HTTPConnection(a.host, a.port, timeout=20)
                conn.request("POST", path, body=body, headers=headers)
                resp = conn.getresponse()
                status = resp.status
                node = resp.getheader("X-Fangkong-Node")
                payload = resp.read()
                if status == 201:
                    reg_id = json.loads(payload).get("id")
                conn.close()
            except (OSError, http.client.HTTPException):
                status = 0  # no answer: the request may or may not have been stored
            record["statuses"].append(status)
            record["nodes"].append(node)
            if status == 201:
                record["acked"], record["id"] = True, reg_id
                break
            if status not in RETRYABLE and status != 0:
                break  # a refusal that is not retryable: the drill reports it
            if time.monotonic() - started > a.give_up_after:
                break
            time.sleep(0.5)
        with lock:
            results.append(record)

    def worker():
        while not os.path.exists(a.stop):
            with lock:
                counter[0] += 1
                n = counter[0]
            one(n)
            time.sleep(0.05)

    threads = [threading.Thread(target=worker) for _ in range(a.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(a.out, "w") as f:
        for r in sorted(results, key=lambda r: r["n"]):
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
