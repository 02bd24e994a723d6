#!/usr/bin/python3
"""Walks the accessibility tree of a11y_views_host over AT-SPI (python3-pyatspi) and checks the
navigation, the timeline, a status item's spoken summary and its actions; then favourites a
status through its AT-SPI action and waits for the change to show."""
import os
import select
import subprocess
import sys
import time

import pyatspi

from atspi_util import actions_of, check, dump, failures, find_all, role, walk, wait_for

HOST_NAME = "a11y_views_host"

def host_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == HOST_NAME:
            return app
    return None


def states(acc):
    return acc.getState()


def main():
    host = subprocess.Popen([sys.argv[1]], stdout=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([host.stdout], [], [], 60)
        line = host.stdout.readline().strip() if ready else ""
        if not check(line == "ready", "host shows the home timeline (got %r)" % line):
            return 1

        app = wait_for(host_app, 20)
        if not check(app is not None, "the host is on the AT-SPI bus"):
            return 1

        # Navigation.
        navs = wait_for(lambda: find_all(app, lambda a: role(a) == "page tab list" and a.name == "Navigation"))
        check(len(navs) == 1, "one navigation tab list named 'Navigation'")
        if navs:
            tabs = [a.name for a in find_all(navs[0], lambda a: role(a) == "page tab")]
            check(tabs == ["Home", "Notifications"], "navigation tabs named Home, Notifications: %r" % tabs)

        # The timeline: a list of list items whose names are the spoken summaries.
        lists = wait_for(lambda: find_all(app, lambda a: role(a) == "list" and a.name == "Timeline"))
        if not check(len(lists) >= 1, "a list named 'Timeline'"):
            return 1
        timeline = lists[0]
        if os.environ.get("A11Y_DUMP"):
            dump(timeline)
        items = wait_for(lambda: find_all(timeline, lambda a: role(a) == "list item"))
        check(len(items) >= 3, "the timeline shows status list items (%d)" % len(items))
        bob_items = [a for a in items if "bob" in a.name]
        check(len(bob_items) >= 3, "status items are named by summaries mentioning the author")
        if items:
            sample = items[0].name
            print("     first summary: %r" % sample)
            check(len(sample) > 20, "a summary is a sentence, not a label")

        # One focus stop: the focused item is the first status, focusable, with a description.
        focused = wait_for(lambda: [a for a in items if states(a).contains(pyatspi.STATE_FOCUSED)], 5)
        if check(len(focused) == 1, "exactly one status has the keyboard focus"):
            status = focused[0]
            check(states(status).contains(pyatspi.STATE_FOCUSABLE), "the status is focusable")
            check("Enter opens the thread" in status.description,
                  "the status describes its keys: %r" % status.description)
            _, names = actions_of(status)
            check(any(n in ("press", "activate") for n in names) and any(n == "toggle" for n in names),
                  "the status offers press (open thread) and toggle (content warning): %r" % names)

            # Its actions, as named controls below it.
            controls = find_all(status, lambda a: role(a) in ("push button", "check box", "toggle button"))
            control_names = [a.name for a in controls]
            for wanted in ("Reply", "Boost", "Favourite", "Bookmark", "More actions"):
                check(any(n == wanted or n.startswith(wanted + ", ") for n in control_names),
                      "action %r is exposed on the status: %r" % (wanted, control_names))

            # Favourite through AT-SPI: the model queues it and the control turns into "Undo favourite".
            fav = [a for a in controls if a.name == "Favourite" or a.name.startswith("Favourite, ")]
            if check(len(fav) == 1, "one Favourite control"):
                action, names = actions_of(fav[0])
                index = next((i for i, n in enumerate(names) if n == "press"), -1)
                if check(index >= 0, "the Favourite control has an action: %r" % names):
                    action.doAction(index)
                    changed = wait_for(lambda: [a for a in find_all(status, lambda a: role(a) in ("check box", "push button", "toggle button"))
                                                if a.name.startswith("Undo favourite")], 10)
                    check(len(changed) == 1, "favouriting through AT-SPI shows 'Undo favourite'")
                    counted = wait_for(lambda: [a for a in find_all(status, lambda a: role(a) in ("check box", "push button", "toggle button"))
                                                if a.name == "Undo favourite, 1 favourite(s)"], 10)
                    check(len(counted) == 1, "the new count is in the control's name: %r"
                          % [a.name for a in find_all(status, lambda a: role(a) in ("check box", "push button"))])
                    if changed:
                        check(states(changed[0]).contains(pyatspi.STATE_CHECKED),
                              "the Favourite control is checked")
    finally:
        host.terminate()
        try:
            host.wait(10)
        except subprocess.TimeoutExpired:
            host.kill()

    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
