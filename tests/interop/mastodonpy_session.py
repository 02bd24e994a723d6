"""A Mastodon.py (Debian's python3-mastodon 1.8) session against a running tuskline-server.

Environment: TUSKLINE_URL (base URL), and two users created beforehand:
alice / alice-password-1 and bob / bob-password-1 (see run_interop.sh).
Every step asserts what a real client relies on; the first failure ends the run with a trace.
"""
import base64
import os
import sys
import tempfile
import threading
import time

from mastodon import (Mastodon, MastodonAPIError, MastodonNotFoundError,
                      MastodonUnauthorizedError, StreamListener)

URL = os.environ["TUSKLINE_URL"]
SCOPES = ["read", "write", "follow", "push"]


def step(name):
    print("--", name, flush=True)


def login(login_name, password):
    client_id, client_secret = Mastodon.create_app(
        "mastodonpy interop", scopes=SCOPES, api_base_url=URL,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob", website="https://example.test")
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=URL)
    api.log_in(login_name, password, scopes=SCOPES)
    return api


step("instance and version check")
anonymous = Mastodon(api_base_url=URL)
info = anonymous.instance()
assert info["version"].startswith("4.3.0"), info["version"]
assert anonymous.retrieve_mastodon_version() == "4.3.0"
assert anonymous.verify_minimum_version("4.0.0", cached=True)

step("app registration and password login (username, then e-mail)")
alice = login("alice", "alice-password-1")
bob = login("bob@localhost", "bob-password-1")
me = alice.me()
assert me["username"] == "alice", me
bob_account = bob.me()
assert alice.app_verify_credentials()["name"] == "mastodonpy interop"

step("post, idempotent retry")
first = alice.status_post("Hello from Mastodon.py #interop", idempotency_key="retry-1")
again = alice.status_post("Hello from Mastodon.py #interop", idempotency_key="retry-1")
assert first["id"] == again["id"], (first["id"], again["id"])
assert isinstance(first["id"], int)  # digit ids become ints and must survive the way back
assert alice.status(first["id"])["content"].startswith("<p>Hello from Mastodon.py")
assert alice.account(me["id"])["statuses_count"] == 1

step("follow")
relationship = bob.account_follow(me["id"])
assert relationship["following"], relationship
assert bob.account_relationships([me["id"]])[0]["following"]

step("Link pagination with fetch_next / fetch_previous")
posted = [first["id"]]
for i in range(6):
    posted.append(alice.status_post("numbered %d" % i, visibility="unlisted")["id"])
page = bob.timeline_home(limit=3)
seen = [s["id"] for s in page]
while True:
    page = bob.fetch_next(page)
    if not page:
        break
    seen += [s["id"] for s in page]
assert seen == list(reversed(posted)), (seen, posted)
newest = bob.timeline_home(limit=2)
older = bob.fetch_next(newest)
back = bob.fetch_previous(older)
assert [s["id"] for s in back] == [s["id"] for s in newest], (back, newest)
public = anonymous.timeline_public(limit=40)
assert [s["id"] for s in public] == [first["id"]]  # unlisted stays out

step("favourite, reply, context")
fav = bob.status_favourite(first["id"])
assert fav["favourited"] and fav["favourites_count"] == 1
reply = bob.status_post("@alice nice!", in_reply_to_id=first["id"], visibility="public")
assert reply["in_reply_to_id"] == first["id"]
assert reply["mentions"][0]["id"] == me["id"]
context = alice.status_context(first["id"])
assert [s["id"] for s in context["descendants"]] == [reply["id"]]
assert alice.status(first["id"])["replies_count"] == 1
assert [a["id"] for a in alice.status_favourited_by(first["id"])] == [bob_account["id"]]

step("reblog, bookmark")
boost = bob.status_reblog(first["id"])
assert boost["reblog"]["id"] == first["id"] and boost["reblog"]["reblogged"]
assert alice.status(first["id"])["reblogs_count"] == 1
assert bob.status_bookmark(first["id"])["bookmarked"]
assert [s["id"] for s in bob.bookmarks()] == [first["id"]]
assert not bob.status_unreblog(first["id"])["reblogged"]
bob.status_unbookmark(first["id"])

step("profile and markers")
updated = alice.account_update_credentials(display_name="Alice", note="I test things",
                                           fields=[("Site", "https://example.test")])
assert updated["display_name"] == "Alice" and updated["fields"][0]["name"] == "Site"
assert alice.preferences()["posting:default:visibility"] == "public"
alice.markers_set(["home"], [first["id"]])
assert alice.markers_get(["home"])["home"]["last_read_id"] == first["id"]

step("notifications")
notes = alice.notifications()
assert [n["type"] for n in notes] == ["mention", "favourite", "follow"], [n["type"] for n in notes]
assert notes[0]["status"]["id"] == reply["id"]
only_follow = alice.notifications(types=["follow"])
assert [n["type"] for n in only_follow] == ["follow"]
alice.notifications_dismiss(notes[0]["id"])
assert len(alice.notifications()) == 2

step("visibility: direct and private")
secret = alice.status_post("only for @bob", visibility="direct")
private = alice.status_post("followers only", visibility="private")
assert bob.status(secret["id"])["id"] == secret["id"]
assert bob.status(private["id"])["id"] == private["id"]
try:
    anonymous.status(private["id"])
    raise AssertionError("anonymous saw a private status")
except MastodonNotFoundError:
    pass

step("delete and redraft text")
deleted = alice.status_delete(private["id"])
assert deleted["text"] == "followers only", deleted

step("media: upload (v2), describe, post with it")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                       "2mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
with tempfile.NamedTemporaryFile(suffix=".png") as f:
    f.write(PNG)
    f.flush()
    media = alice.media_post(f.name, mime_type="image/png", description="one red dot",
                             focus=(0.5, -0.5))
assert media["type"] == "image", media
assert media["url"] and media["blurhash"], media
assert media["meta"]["original"]["width"] == 1, media
media = alice.media_update(media["id"], description="a red dot")
assert media["description"] == "a red dot", media
pictured = alice.status_post("with a picture", media_ids=[media["id"]], sensitive=True)
assert [m["id"] for m in pictured["media_attachments"]] == [media["id"]], pictured
assert bob.status(pictured["id"])["media_attachments"][0]["description"] == "a red dot"

step("poll: create, vote, see own votes")
polled = alice.status_post("Tea or coffee?",
                           poll=alice.make_poll(["tea", "coffee"], expires_in=600, multiple=True))
bob.poll_vote(polled["poll"]["id"], [0, 1])  # Mastodon.py 1.8 returns None here
voted = bob.poll(polled["poll"]["id"])
assert voted["voted"] and sorted(voted["own_votes"]) == [0, 1], voted
assert alice.poll(polled["poll"]["id"])["votes_count"] == 2

step("edit, history, source")
edited = alice.status_update(pictured["id"], status="with a picture (edited)")
assert edited["edited_at"] is not None, edited
assert len(alice.status_history(pictured["id"])) == 2
assert alice.status_source(pictured["id"])["text"] == "with a picture (edited)"

step("pin, mute conversation, block and mute accounts")
assert alice.status_pin(pictured["id"])["pinned"]
assert [s["id"] for s in alice.account_statuses(me["id"], pinned=True)] == [pictured["id"]]
assert alice.status_unpin(pictured["id"])["pinned"] is False
assert bob.status_mute(polled["id"])["muted"]
assert bob.account_mute(me["id"], duration=3600)["muting"]
assert [a["id"] for a in bob.mutes()] == [me["id"]]
assert not bob.account_unmute(me["id"])["muting"]
assert bob.account_block(me["id"])["blocking"]
assert [a["id"] for a in bob.blocks()] == [me["id"]]
assert not bob.account_unblock(me["id"])["blocking"]
assert bob.account_follow(me["id"])["following"]  # the block had ended the follow

step("errors")
try:
    alice.status_post("x" * 501)
    raise AssertionError("overlong status accepted")
except MastodonAPIError as e:
    assert "500" in str(e), e

step("streaming (Mastodon.py streams over SSE)")
seen = {"updates": [], "notifications": []}
arrived = threading.Event()


class Listener(StreamListener):
    def on_update(self, status):
        seen["updates"].append(status["id"])
        arrived.set()

    def on_notification(self, notification):
        seen["notifications"].append(notification["type"])
        arrived.set()


stream = alice.stream_user(Listener(), run_async=True, reconnect_async=False)
time.sleep(0.5)
live = alice.status_post("live update")
bob.status_post("@alice are you there?")
deadline = time.time() + 10
while time.time() < deadline and not (live["id"] in seen["updates"] and "mention" in seen["notifications"]):
    arrived.wait(0.2)
    arrived.clear()
# stream.close() would block until the next heartbeat (15 s) in Mastodon.py; its thread is a
# daemon and the connection ends with the server.
assert live["id"] in seen["updates"], seen
assert "mention" in seen["notifications"], seen

step("unfollow, revoke")
assert not bob.account_unfollow(me["id"])["following"]
for api in (alice, bob):
    token = api.access_token
    api.revoke_access_token()
    try:
        Mastodon(access_token=token, api_base_url=URL).me()
        raise AssertionError("revoked token still works")
    except MastodonUnauthorizedError:
        pass

print("mastodonpy session: all steps passed")
sys.exit(0)
