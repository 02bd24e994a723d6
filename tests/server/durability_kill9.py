"""kill -9 durability: every status the API acknowledged is still there after the server process
is killed without warning and started again on the same data directory.

usage: durability_kill9.py TUSKLINE_SERVER_BINARY
"""
import json
import os
import signal
import subprocess
import sys
import shutil
import tempfile
import threading
import time
import urllib.request

server = sys.argv[1]
data = tempfile.mkdtemp(prefix="tuskline-durability-")


def run(*args, stdin=None):
    return subprocess.run([server, *args, "--data", data], input=stdin, capture_output=True,
                          text=True, check=True).stdout


def start():
    proc = subprocess.Popen([server, "serve", "--data", data, "--listen", "127.0.0.1:0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    assert line.startswith("Listening on "), line
    return proc, line.split()[-1]


def call(url, token, method="GET", body=None):
    request = urllib.request.Request(url, method=method, data=body,
                                     headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, None


# The racing writer sends hundreds of posts: lift the per-token rate limit for this run.
with open(os.path.join(data, "config.json"), "w") as f:
    json.dump({"rate_limit": {"requests": 1000000}}, f)
run("user", "add", "alice", stdin="durable-password\n")
token = run("token", "alice").strip()
proc, url = start()
acknowledged = []
for i in range(30):
    status, body = call(url + "/api/v1/statuses", token, "POST", ("status=durable+%d" % i).encode())
    assert status == 200, status
    acknowledged.append(body["id"])


def keep_posting():
    # Writes in flight when the kill lands: only those answered 200 count as acknowledged.
    i = 0
    while True:
        try:
            status, body = call(url + "/api/v1/statuses", token, "POST",
                                ("status=racing+%d" % i).encode())
        except Exception:
            return
        if status != 200:
            return
        acknowledged.append(body["id"])
        i += 1


writer = threading.Thread(target=keep_posting)
writer.start()
time.sleep(0.5)
os.kill(proc.pid, signal.SIGKILL)
proc.wait()
writer.join()
assert len(acknowledged) > 30, len(acknowledged)

proc, url = start()
try:
    for sid in acknowledged:
        status, body = call(url + "/api/v1/statuses/" + sid, token)
        assert status == 200 and body["id"] == sid, (sid, status)
    status, me = call(url + "/api/v1/accounts/verify_credentials", token)
    assert status == 200, status
    # A write the kill cut off after its commit but before its answer may exist too (at most one).
    assert len(acknowledged) <= me["statuses_count"] <= len(acknowledged) + 1, me["statuses_count"]
    status, home = call(url + "/api/v1/timelines/home?limit=40", token)
    home_ids = [s["id"] for s in home]
    assert all(sid in home_ids for sid in acknowledged[-39:]), home_ids
finally:
    proc.terminate()
    proc.wait()
    shutil.rmtree(data, ignore_errors=True)
print("durability: %d acknowledged statuses survived kill -9" % len(acknowledged))
