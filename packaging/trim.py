"""Which of the files PyInstaller collects for Qt actually go into the bundle.

PyInstaller's Qt hooks collect every plugin of every plugin type a Qt module
might use, Qt's own translations for ~60 languages, and every library those
plugins link to. Calmline runs as a widgets window on X11, Wayland, Windows
and macOS (and offscreen for its self-test), so most of that never loads.
Both specs (``calmline.spec`` and ``bare_window/bare_window.spec``) pass their
collected files through :func:`trim`, so the bare window the bundle size is
compared with is trimmed exactly the same way.

The lists below say what is KEPT; everything else of that kind is dropped.
A Qt Python module that is imported but whose library is not kept stops the
build with a message saying what to add here, so the bundle cannot silently
lose a library the app needs.

Plain Python, no PyInstaller import: the tests check these rules directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: Qt plugins kept, by plugin type folder and plugin name without the
#: platform's "lib" prefix and file suffix. A type not listed is dropped whole
#: (evdev input, eglfs/linuxfb/vnc platforms, TLS backends, network
#: information, egl device integrations, ...), except the types in
#: KEEP_WHOLE_PLUGIN_TYPES.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # xcb and wayland for Linux desktops, offscreen for --self-test and CI,
    # minimal as Qt's last resort; windows and cocoa for the other systems.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    # Compose keys and IBus: dead keys and input methods in the notes field.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # The desktop portal gives native file dialogs over D-Bus. The GTK 3 theme
    # is left out: it would load the system's GTK against the older GLib
    # bundled here, which can fail on newer distributions.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # PNG is built into QtGui; SVG and ICO are the icon formats we ship.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    # Wayland needs a shell integration (xdg-shell is the standard one),
    # client-side window decorations (GNOME draws none for us) and the EGL
    # client buffer integration Qt asks for when it probes OpenGL support.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    # xcb probes GL support at connection time; without these it falls back
    # quietly, but they are small and keep the probe ordinary.
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
}

#: Plugin types kept whole: the native widget styles of Windows and macOS.
KEEP_WHOLE_PLUGIN_TYPES = frozenset({"styles"})

#: Qt libraries kept (name without "lib"/"Qt6"/suffix). Anything else Qt is
#: dropped: eglfs device integration, wl-shell, Qml/Quick/Pdf when a hook
#: drags them in.
KEEP_QT_LIBRARIES = frozenset(
    {
        "Core",
        "Gui",
        "Widgets",
        "Network",  # QLocalServer / QLocalSocket for the remote-control command
        "DBus",  # xcb, wayland and the portal theme talk D-Bus
        "Svg",  # SVG icons
        "XcbQpa",  # the xcb platform plugin's library
        "WaylandClient",  # the wayland platform plugin's library
        "OpenGL",  # linked by the wayland EGL client buffer integration
    }
)


_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<type>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/(?P<file>[^/]+\.qm)$")
_QT_LIBRARY = re.compile(
    r"(?:^|/)(?:lib)?Qt6(?P<name>[A-Za-z]+)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$"
    r"|(?:^|/)Qt(?P<framework>[A-Za-z]+)\.framework/"
)
_PYSIDE_MODULE = re.compile(r"^PySide6[/.]Qt(?P<name>[A-Za-z]+)(?:\.abi3)?\.(?:so|pyd)$")
_LANGUAGE = re.compile(r"_(?P<lang>[a-z]{2,3}(?:_[A-Z]{2})?)\.qm$")


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` -> ``qxcb``; ``qwindows.dll`` -> ``qwindows``."""
    stem = file_name.split(".", 1)[0]
    return stem.removeprefix("lib")


def languages_shipped(translations_dir: Path) -> frozenset[str]:
    """Languages Calmline has its own ``*_<lang>.qm`` translations for."""
    if not translations_dir.is_dir():
        return frozenset()
    found = set()
    for path in translations_dir.glob("*.qm"):
        match = _LANGUAGE.search(path.name)
        if match:
            found.add(match["lang"])
            found.add(match["lang"].split("_")[0])
    return frozenset(found)


def keep_qt_translation(file_name: str, languages: frozenset[str]) -> bool:
    """Qt's own strings (dialog buttons) only for languages Calmline ships."""
    match = _LANGUAGE.search(file_name)
    if not match or match["lang"] not in languages:
        return False
    return file_name.startswith(("qt_", "qtbase_"))


def keep(dest: str, languages: frozenset[str]) -> bool:
    """Whether the bundle file at ``dest`` (relative, "/" separated) is kept.

    Qt libraries are matched wherever they sit: PyInstaller also puts
    symbolic links to them at the top of the bundle.
    """
    dest = dest.replace("\\", "/")
    library = _QT_LIBRARY.search(dest)
    if library:
        return (library["name"] or library["framework"]) in KEEP_QT_LIBRARIES
    if not dest.startswith("PySide6/"):
        return True
    plugin = _PLUGIN.search(dest)
    if plugin:
        kind = plugin["type"]
        if kind in KEEP_WHOLE_PLUGIN_TYPES:
            return True
        return plugin_name(plugin["file"]) in KEEP_PLUGINS.get(kind, frozenset())
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        return keep_qt_translation(translation["file"], languages)
    return True


@dataclass
class TrimReport:
    kept: int = 0
    dropped: list[str] = field(default_factory=list)


Entry = tuple[str, str, str]


def trim(
    entries: Iterable[Entry], languages: frozenset[str], report: TrimReport | None = None
) -> Iterator[Entry]:
    """The (dest, source, kind) entries of a PyInstaller TOC that are kept."""
    for entry in entries:
        if keep(entry[0], languages):
            if report is not None:
                report.kept += 1
            yield entry
        elif report is not None:
            report.dropped.append(entry[0])


class MissingQtLibraryError(Exception):
    pass


def check_imported_modules(binaries: Iterable[Entry]) -> None:
    """Refuse a bundle where a Qt Python module is present but its library was trimmed."""
    missing = sorted(
        match["name"]
        for dest, _source, _kind in binaries
        if (match := _PYSIDE_MODULE.match(dest.replace("\\", "/")))
        and match["name"] not in KEEP_QT_LIBRARIES
    )
    if missing:
        names = ", ".join(f"Qt{name}" for name in missing)
        raise MissingQtLibraryError(
            f"the app imports {names} but packaging/trim.py does not keep its library; "
            f"add {', '.join(repr(n) for n in missing)} to KEEP_QT_LIBRARIES"
        )
