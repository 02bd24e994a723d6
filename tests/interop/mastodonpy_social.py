"""Mastodon.py (Debian's python3-mastodon 1.8) against tuskline-server: hashtag and list
timelines, lists, v2 search, conversations, v1 filters (read), and the list and direct streams
over Server-Sent Events, as that library calls them.

Environment: TUSKLINE_URL and the users alice / alice-password-1, bob / bob-password-1 made by
run_interop.sh. The first failed assertion ends the run with a trace.
"""
import os
import sys
import threading
import time

from mastodon import Mastodon, MastodonNotFoundError, StreamListener

URL = os.environ["TUSKLINE_URL"]
SCOPES = ["read", "write", "follow", "push"]


def step(name):
    print("--", name, flush=True)


def login(login_name, password):
    client_id, client_secret = Mastodon.create_app(
        "mastodonpy social interop", scopes=SCOPES, api_base_url=URL,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob")
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=URL)
    api.log_in(login_name, password, scopes=SCOPES)
    return api


def wait_for(condition, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline and not condition():
        time.sleep(0.1)
    return condition()


alice = login("alice", "alice-password-1")
bob = login("bob", "bob-password-1")
alice_id = alice.me()["id"]
bob_id = bob.me()["id"]

step("hashtag timeline")
tagged = alice.status_post("Trying #Interop from Python")
alice.status_post("no tag here")
ids = [s["id"] for s in bob.timeline_hashtag("interop")]
assert ids == [tagged["id"]], ids
assert [s["id"] for s in Mastodon(api_base_url=URL).timeline_hashtag("INTEROP")] == ids
assert bob.timeline_hashtag("interop", only_media=True) == []

step("lists")
bob.account_follow(alice_id)
friends = bob.list_create("Friends")
assert friends["title"] == "Friends", friends
assert bob.list_update(friends["id"], "Close friends")["title"] == "Close friends"
bob.list_accounts_add(friends["id"], [alice_id])
assert [a["id"] for a in bob.list_accounts(friends["id"])] == [alice_id]
assert [l["id"] for l in bob.lists()] == [friends["id"]]
assert [l["id"] for l in bob.account_lists(alice_id)] == [friends["id"]]
assert bob.list(friends["id"])["replies_policy"] == "list"
in_list = alice.status_post("for my followers' lists")
assert [s["id"] for s in bob.timeline_list(friends["id"])][0] == in_list["id"]
try:
    alice.timeline_list(friends["id"])
    raise AssertionError("someone else's list was readable")
except MastodonNotFoundError:
    pass

step("list and direct streams (SSE)")
seen = {"list": [], "conversations": []}


class Listener(StreamListener):
    def __init__(self, key):
        super().__init__()
        self.key = key

    def on_update(self, status):
        seen[self.key].append(status["id"])

    def on_conversation(self, conversation):
        seen[self.key].append(conversation["last_status"]["id"])


bob.stream_list(friends["id"], Listener("list"), run_async=True, reconnect_async=False)
bob.stream_direct(Listener("conversations"), run_async=True, reconnect_async=False)
time.sleep(0.5)
live = alice.status_post("live in the list")
dm = alice.status_post("@bob just between us", visibility="direct")
assert wait_for(lambda: live["id"] in seen["list"] and dm["id"] in seen["conversations"]), seen

step("conversations")
conversations = bob.conversations()
assert len(conversations) == 1, conversations
assert conversations[0]["last_status"]["id"] == dm["id"]
assert conversations[0]["unread"] is True
assert [a["id"] for a in conversations[0]["accounts"]] == [alice_id]
assert bob.conversations_read(conversations[0]["id"])["unread"] is False

step("search v2")
results = bob.search_v2("python")  # resolve=True and exclude_unreviewed=True by default
assert [s["id"] for s in results["statuses"]] == [tagged["id"]], results["statuses"]
assert "interop" in [t["name"] for t in bob.search_v2("#inter", result_type="hashtags")["hashtags"]]
assert [a["id"] for a in bob.search_v2("alice", result_type="accounts")["accounts"]] == [alice_id]
# The direct message is bob's to find, not a stranger's.
assert [s["id"] for s in bob.search_v2("between")["statuses"]] == [dm["id"]]
carol_view = Mastodon(api_base_url=URL).search_v2("between", resolve=False)
assert carol_view["statuses"] == [], carol_view

step("filters (v1 view of v2 filters)")
assert bob.filters() == []

step("list delete")
bob.list_delete(friends["id"])
assert bob.lists() == []

print("mastodonpy social session: all steps passed")
sys.exit(0)
