"""What both AT-SPI tests need to walk a tree (python3-pyatspi): checks that collect failures,
safe role/name reads (objects can vanish while we look), a depth-first walk, waiting, actions."""
import time

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)
    return condition


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return ""


def name(acc):
    try:
        return acc.name or ""
    except Exception:
        return ""


def walk(acc, depth=0, limit=60):
    """Yields every accessible below acc (depth-first)."""
    if acc is None or depth > limit:
        return
    yield acc
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def find_all(root, predicate):
    return [a for a in walk(root) if predicate(a)]


def wait_for(fn, timeout=20.0, interval=0.25):
    end = time.time() + timeout
    while time.time() < end:
        value = fn()
        if value:
            return value
        time.sleep(interval)
    return fn()


def actions_of(acc):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return None, []
    return action, [action.getName(i).lower() for i in range(action.nActions)]


def do_action(acc, wanted=("press", "toggle", "activate", "click")):
    action, names = actions_of(acc)
    for i, n in enumerate(names):
        if n in wanted:
            return action.doAction(i)
    return False


def dump(acc, depth=0, max_depth=12, max_children=20):
    if depth > max_depth:
        return
    print("  " * depth + "%s %r" % (role(acc), name(acc)))
    for i in range(min(acc.childCount, max_children)):
        dump(acc.getChildAtIndex(i), depth + 1, max_depth, max_children)
