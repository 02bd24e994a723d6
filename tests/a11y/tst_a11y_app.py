#!/usr/bin/python3
"""The real `tuskline` binary over AT-SPI (python3-pyatspi), under Xvfb and a private D-Bus.

Seeds a local instance the way a user's machine has one (the app creates it once; the server's
own command line adds alice, the owner, and bob, and bob posts to alice's home), then starts the
app, logs in on its first-run page through AT-SPI alone (typed text, the consent check box and the
"Log in" button's action), and walks the window: the navigation, the account switcher, the
timeline, a status item named by its spoken summary, and its actions. Favourites the post through
its AT-SPI action and checks that the server has the favourite.

    tst_a11y_app.py TUSKLINE TUSKLINE_SERVER        (run through run_a11y.sh)
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pyatspi

from atspi_util import (actions_of, check, do_action, dump, failures, find_all, name, role,
                        walk, wait_for)

PASSWORD = "a11y-password"
BOB_TEXT = "The river at dawn, before the fog lifts"

# --- seeding -----------------------------------------------------------------------------------

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Api:
    def __init__(self, url):
        self.url = url

    def call(self, method, path, token=None, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if token:
            request.add_header("Authorization", "Bearer " + token)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=15) as reply:
            return json.loads(reply.read() or b"null")


def seed(app, server, work, port):
    """A local instance with alice (owner) following bob, who has posted BOB_TEXT."""
    data, config = os.path.join(work, "data"), os.path.join(work, "config")
    local = os.path.join(data, "local-instance")
    os.makedirs(config)
    # The port is part of the account's identity: the seeding server and the app use the same.
    with open(os.path.join(config, "settings.ini"), "w") as ini:
        ini.write("[localInstance]\nenabled=true\nport=%d\n" % port)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.run([app, "--print-state", "--quit-after-first-frame"] + dirs(work),
                           env=env, capture_output=True, text=True, timeout=90)
    if not check("phase=FirstRun" in first.stdout, "the app creates its local instance (%r)"
                 % first.stdout.strip()):
        return False
    tokens = {}
    for user, admin in (("alice", True), ("bob", False)):
        subprocess.run([server, "user", "add", user, "--data", local] + (["--admin"] if admin else []),
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True, timeout=60)
        tokens[user] = subprocess.run([server, "token", user, "--data", local], text=True, check=True,
                                      capture_output=True, timeout=60).stdout.strip()
    serving = subprocess.Popen([server, "serve", "--data", local, "--listen", "127.0.0.1:%d" % port],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        api = Api("http://127.0.0.1:%d" % port)
        if not wait_for(lambda: try_call(api, "GET", "/api/v2/instance"), 20):
            return check(False, "the seeding server answers")
        api.call("PATCH", "/api/v1/accounts/update_credentials", tokens["alice"],
                 {"display_name": "Alice Liddell"})
        api.call("PATCH", "/api/v1/accounts/update_credentials", tokens["bob"],
                 {"display_name": "Bob Baker"})
        bob = api.call("GET", "/api/v1/accounts/lookup?acct=bob")["id"]
        api.call("POST", "/api/v1/accounts/%s/follow" % bob, tokens["alice"])
        status = api.call("POST", "/api/v1/statuses", tokens["bob"], {"status": BOB_TEXT})
        return {"tokens": tokens, "bob": bob, "status": status["id"]}
    finally:
        serving.terminate()
        serving.wait(20)


def try_call(api, method, path):
    try:
        return api.call(method, path) is not None
    except Exception:
        return False


def dirs(work):
    return ["--data-dir", os.path.join(work, "data"), "--config-dir", os.path.join(work, "config"),
            "--cache-dir", os.path.join(work, "cache")]


# --- the app -----------------------------------------------------------------------------------

def app_on_bus():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        acc = desktop.getChildAtIndex(i)
        if acc is not None and name(acc).lower() == "tuskline":
            return acc
    return None


def type_into(field, text):
    """Focuses the field with a click (there is no window manager to activate the window) and
    types through the AT-SPI registry's synthetic key events."""
    ext = field.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + ext.height // 2,
                                        pyatspi.MOUSE_B1C)
    wait_for(lambda: field.getState().contains(pyatspi.STATE_FOCUSED), 5, 0.1)
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)


def log_in(app):
    """The first-run page in its "log in again" form (alice exists): username and password,
    session-only consent when there is no keychain, then the Log in button's action."""
    page = wait_for(lambda: find_all(app, lambda a: name(a) == "Log into your local instance"), 30)
    if not check(bool(page), "the first-run page asks to log into the local instance"):
        dump(app)
        return False
    username = wait_for(lambda: [a for a in find_all(app, lambda a: role(a) == "text" and name(a) == "Username")
                                 if a.getState().contains(pyatspi.STATE_SHOWING)], 5)
    passwords = [a for a in find_all(app, lambda a: role(a) == "password text")
                 if a.getState().contains(pyatspi.STATE_SHOWING)]
    check(len(username) == 1, "a text field named 'Username'")
    check(len(passwords) == 1, "one password field (role 'password text') in the login form")
    if not username or not passwords:
        dump(app, max_depth=14)
        return False
    # Like QEXPECT_FAIL: Qt 6.4's AT-SPI bridge gives TextInput in password mode no name
    # (QAccessible inside the process has it). Says so, and fails once it is named, so this goes.
    if name(passwords[0]) == "Password":
        check(False, "XPASS: the password field is named now; make this an ordinary check")
    else:
        print("XFAIL the password field's name over AT-SPI: %r (Qt 6.4)" % name(passwords[0]))
    fields = {"Username": username, "Password": passwords}
    type_into(fields["Username"][0], "alice")
    typed = wait_for(lambda: fields["Username"][0].queryText().getText(0, -1) == "alice", 5)
    check(typed, "typing through AT-SPI fills the username")
    type_into(fields["Password"][0], PASSWORD)
    # run_a11y.sh's bus has no keyring: the app asks before keeping the login for this session.
    consent = find_all(app, lambda a: role(a) == "check box" and name(a).startswith("Keep my login"))
    if check(len(consent) == 1 and consent[0].getState().contains(pyatspi.STATE_SHOWING),
             "no keychain: a check box asks for a session-only login"):
        do_action(consent[0])
        check(wait_for(lambda: consent[0].getState().contains(pyatspi.STATE_CHECKED), 5),
              "the session-only consent is a check box that its action checks")
    button = find_all(app, lambda a: role(a) == "push button" and name(a) == "Log in")
    if not check(len(button) == 1, "a push button named 'Log in'"):
        return False
    check(wait_for(lambda: button[0].getState().contains(pyatspi.STATE_ENABLED), 5),
          "Log in is enabled once the form is filled")
    check(bool(do_action(button[0])), "the Log in button takes its press action")
    left = wait_for(lambda: not find_all(app, lambda a: name(a) == "Log into your local instance"
                                         and a.getState().contains(pyatspi.STATE_SHOWING)), 30)
    if not check(left, "pressing Log in logs into the local instance"):
        dump(app, max_depth=14)
        return False
    return True


def status_controls(status):
    return find_all(status, lambda a: role(a) in ("push button", "check box", "toggle button"))


def main():
    app_binary, server_binary = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="tuskline-a11y-")
    port = free_port()
    process = None
    log = open(os.path.join(work, "app.log"), "w+")
    try:
        seeded = seed(app_binary, server_binary, work, port)
        if not seeded:
            return 1
        api = Api("http://127.0.0.1:%d" % port)
        process = subprocess.Popen([app_binary, "--size", "1100x760"] + dirs(work),
                                   stdout=log, stderr=subprocess.STDOUT)
        app = wait_for(app_on_bus, 40)
        if not check(app is not None, "the tuskline process is on the AT-SPI bus"):
            return 1
        if not log_in(app):
            return 1

        # Navigation: a list named Navigation whose items are the sections, Home selected.
        navs = wait_for(lambda: find_all(app, lambda a: role(a) == "list" and name(a) == "Navigation"), 40)
        if not check(len(navs) == 1, "one list named 'Navigation' once logged in"):
            dump(app)
            return 1
        items = [a for a in find_all(navs[0], lambda a: role(a) == "list item")]
        names = [name(a) for a in items]
        for wanted in ("Home", "Notifications", "Local", "Federated", "Explore", "Direct messages",
                       "Bookmarks", "Favourites", "Lists", "Followed tags"):
            check(wanted in names, "navigation item %r (%r)" % (wanted, names))
        home = [a for a in items if name(a) == "Home"]
        if home:
            check(home[0].getState().contains(pyatspi.STATE_SELECTED), "Home is the selected section")
            check("g h" in (home[0].description or ""), "Home describes its shortcut: %r"
                  % home[0].description)
            _, nav_actions = actions_of(home[0])
            check("press" in nav_actions, "a navigation item can be pressed: %r" % nav_actions)

        # The account switcher: a tool bar with alice (this computer's account) and "add".
        bars = find_all(app, lambda a: role(a) == "tool bar" and name(a) == "Accounts")
        if check(len(bars) == 1, "a tool bar named 'Accounts'"):
            buttons = [name(a) for a in find_all(bars[0], lambda a: role(a) == "push button")]
            check(any(n.startswith("Alice Liddell, @alice@127.0.0.1") and "on this computer" in n
                      for n in buttons), "alice's switcher button says who and where: %r" % buttons)
            check("Add an account" in buttons, "the switcher offers 'Add an account': %r" % buttons)

        # The timeline and bob's post, named by its spoken summary.
        timelines = wait_for(lambda: find_all(app, lambda a: role(a) == "list" and name(a) == "Timeline"), 20)
        if not check(len(timelines) >= 1, "a list named 'Timeline'"):
            dump(app)
            return 1
        statuses = wait_for(lambda: [a for a in find_all(timelines[0], lambda a: role(a) == "list item")
                                     if BOB_TEXT in name(a)], 30)
        if not check(len(statuses) == 1, "one status item whose name holds bob's text"):
            dump(timelines[0])
            return 1
        status = statuses[0]
        print("     summary: %r" % name(status))
        check("Bob Baker" in name(status), "the summary names the author")
        check(status.getState().contains(pyatspi.STATE_FOCUSABLE), "the status is one focus stop")
        _, own = actions_of(status)
        check(any(n in ("press", "activate") for n in own), "the status opens by its action: %r" % own)
        controls = status_controls(status)
        control_names = [name(a) for a in controls]
        for wanted in ("Reply", "Boost", "Favourite", "Bookmark", "More actions"):
            check(any(n == wanted or n.startswith(wanted + ", ") for n in control_names),
                  "action %r on the status: %r" % (wanted, control_names))

        # Favourite through AT-SPI: the server gets it.
        fav = [a for a in controls if name(a) == "Favourite" or name(a).startswith("Favourite, ")]
        if check(len(fav) == 1, "one Favourite control") and do_action(fav[0]):
            by = wait_for(lambda: [a for a in api.call("GET", "/api/v1/statuses/%s/favourited_by"
                                                        % seeded["status"])
                                   if a.get("acct") == "alice"], 20)
            check(bool(by), "favouriting through AT-SPI reaches the server")
            check(bool(wait_for(lambda: [a for a in status_controls(status)
                                         if name(a).startswith("Undo favourite")], 10)),
                  "the control turns into 'Undo favourite'")
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        if failures:
            log.seek(0)
            print("--- app output (tail) ---\n" + "".join(log.readlines()[-40:]))
        log.close()
        shutil.rmtree(work, ignore_errors=True)

    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
