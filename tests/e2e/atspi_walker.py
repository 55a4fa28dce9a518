"""What a screen reader sees of a running program, through the real AT-SPI bus.

Run with the system Python (``/usr/bin/python3``), which has Debian's
python3-pyatspi; the project's virtual environment cannot import it. Every
command prints one JSON value on its last line.

    atspi_walker.py walk PID             every node of the program's tree
    atspi_walker.py press PID ROLE NAME [ACTION]
                                         do the "Press" action (or ACTION) of the first such node
    atspi_walker.py listen PID SECONDS   print "ready", then the events heard (PID 0: all)
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

#: events a screen reader speaks when they come from the window in front
EVENTS = (
    "focus:",
    "object:announcement",
    "object:state-changed:selected",
    "object:selection-changed",
    "object:property-change:accessible-name",
    "object:property-change:accessible-value",
    "object:value-changed",
)
FIND_TIMEOUT = 30.0


def find_app(pid: int) -> Any:
    deadline = time.monotonic() + FIND_TIMEOUT
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.3)
    raise SystemExit(f"no program with process id {pid} on the accessibility bus")


def node(accessible: Any, path: str) -> dict[str, Any]:
    states = accessible.getState()
    info: dict[str, Any] = {
        "path": path,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "actions": [],
        "keys": [],
        "value": None,
    }
    try:
        action = accessible.queryAction()
        info["actions"] = [action.getName(i) for i in range(action.nActions)]
        info["keys"] = [action.getKeyBinding(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    try:
        value = accessible.queryValue()
        info["value"] = [value.currentValue, value.minimumValue, value.maximumValue]
    except NotImplementedError:
        pass
    return info


def walk(accessible: Any, path: str, out: list[dict[str, Any]]) -> None:
    out.append(node(accessible, path))
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            walk(child, f"{path}/{index}", out)


def press(app: Any, role: str, name: str, wanted: str = "Press") -> dict[str, Any]:
    found = pyatspi.findDescendant(app, lambda a: a.getRoleName() == role and a.name == name)
    if found is None:
        raise SystemExit(f"no {role} named {name!r}")
    action = found.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if wanted not in names:
        raise SystemExit(f"{role} {name!r} has no {wanted} action, only {names}")
    return {"pressed": name, "done": bool(action.doAction(names.index(wanted)))}


def listen(pid: int, seconds: float) -> list[dict[str, Any]]:
    heard: list[dict[str, Any]] = []

    def hear(event: Any) -> None:
        try:
            source = event.source
            if pid and source.get_process_id() != pid:
                return
            heard.append(
                {
                    "type": event.type,
                    "role": source.getRoleName(),
                    "name": source.name or "",
                    "detail": str(event.any_data) if event.any_data is not None else "",
                    "detail1": event.detail1,
                }
            )
        except GLib.Error:
            pass

    pyatspi.Registry.registerEventListener(hear, *EVENTS)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    print("ready", flush=True)
    pyatspi.Registry.start()
    return heard


def main(argv: list[str]) -> None:
    command, pid = argv[0], int(argv[1])
    if command == "walk":
        out: list[dict[str, Any]] = []
        walk(find_app(pid), "", out)
        print(json.dumps(out))
    elif command == "press":
        print(json.dumps(press(find_app(pid), *argv[2:5])))
    elif command == "listen":
        if pid:  # 0: every program
            find_app(pid)
        print(json.dumps(listen(pid, float(argv[2]))))
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
