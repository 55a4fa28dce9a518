"""The rules the bundle is built by: what Qt keeps, version resource, smoke-test allow-list."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import PySide6
import pytest

from desktop_app import __version__
from tests.conftest import REPO_ROOT
from tests.packaging_modules import load

trim = load("trim")
windows_version = load("windows_version")
smoke = load("smoke_test")
build = load("build")

NO_LANGUAGES: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libQt6Core.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",
        "resources/playbooks/calm-six.yaml",
        # the team log's libpq speaks TLS with these, and Python's ssl too
        "psycopg_binary.libs/libssl-81ffa89e.so.3",
        "psycopg_binary.libs/libcrypto-3a0647ea.so.3",
        "libssl.so.3",
    ],
)
def test_what_a_widgets_window_needs_is_kept(dest: str) -> None:
    assert trim.keep(dest, NO_LANGUAGES)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "libQt6WlShellIntegration.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
    ],
)
def test_what_never_loads_is_dropped(dest: str) -> None:
    assert not trim.keep(dest, NO_LANGUAGES)


def test_qt_translations_are_kept_only_for_languages_calmline_ships(tmp_path: Path) -> None:
    (tmp_path / "calmline_de.qm").write_bytes(b"")
    (tmp_path / "calmline_pt_BR.qm").write_bytes(b"")
    languages = trim.languages_shipped(tmp_path)
    assert {"de", "pt_BR", "pt"} <= languages
    assert trim.keep("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert trim.keep("PySide6/Qt/translations/qt_pt_BR.qm", languages)
    assert not trim.keep("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert not trim.keep("PySide6/Qt/translations/qtmultimedia_de.qm", languages)
    assert trim.languages_shipped(tmp_path / "missing") == frozenset()


def test_the_bundle_keeps_qts_spanish_key_names() -> None:
    """The window shows key names through Qt's own translation ("Derecha"); the
    wheel's ``qtbase_es.qm`` goes into the bundle, as no Greek one exists to."""
    languages = trim.languages_shipped(REPO_ROOT / "resources" / "translations")
    assert {"es", "el"} <= languages
    qt_translations = Path(PySide6.__file__).parent / "Qt" / "translations"
    assert (qt_translations / "qtbase_es.qm").is_file()
    assert trim.keep("PySide6/Qt/translations/qtbase_es.qm", languages)
    assert not (qt_translations / "qtbase_el.qm").exists()


def test_trim_reports_what_it_dropped() -> None:
    report = trim.TrimReport()
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    ]
    kept = list(trim.trim(entries, NO_LANGUAGES, report))
    assert [dest for dest, _, _ in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert report.kept == 1
    assert report.dropped == ["PySide6/Qt/plugins/platforms/libqvnc.so"]


def test_an_imported_qt_module_whose_library_is_trimmed_stops_the_build() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/a", "EXTENSION"),
        ("PySide6/QtPrintSupport.abi3.so", "/src/b", "EXTENSION"),
    ]
    with pytest.raises(trim.MissingQtLibraryError, match=r"QtPrintSupport.*KEEP_QT_LIBRARIES"):
        trim.check_imported_modules(binaries)
    trim.check_imported_modules(binaries[:1])


def test_the_windows_version_resource_carries_the_app_version(tmp_path: Path) -> None:
    assert windows_version.read_version(REPO_ROOT / "desktop_app" / "__init__.py") == __version__
    assert windows_version.version_numbers("1.2.3") == (1, 2, 3, 0)
    assert windows_version.version_numbers("0.4.0rc1") == (0, 4, 0, 0)
    assert windows_version.version_numbers("2") == (2, 0, 0, 0)
    target = windows_version.write_version_file(tmp_path / "v.txt", "1.2.3")
    text = target.read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text


def test_the_windows_version_resource_has_the_shape_pyinstaller_evaluates(tmp_path: Path) -> None:
    # PyInstaller eval()s this text with its version-info classes in scope;
    # their module needs pefile, a Windows-only package, so stand-ins that
    # record their arguments check the same structure here.
    def record(kind: str) -> object:
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    text = windows_version.version_resource_text(__version__)
    info = eval(text, {name: record(name) for name in names})  # noqa: S307 - our own text
    kind, _args, fields = info
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == windows_version.version_numbers(__version__)
    string_table = fields["kids"][0][1][0][0]
    strings = dict(struct[1] for struct in string_table[1][1])
    assert strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "calmline.exe"


def test_a_version_without_numbers_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no numbers"):
        windows_version.version_numbers("dev")
    init = tmp_path / "__init__.py"
    init.write_text("VERSION = '1'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no __version__"):
        windows_version.read_version(init)


def test_the_smoke_test_lets_known_qt_lines_through_and_nothing_else() -> None:
    output = "\n".join(
        [
            "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-nobody'",
            "Qt: This plugin does not support propagateSizeHints()",
            "",
            "Traceback (most recent call last):",
            "Qt: QWidget::setLayout: Attempting to set QLayout",
        ]
    )
    assert smoke.unexpected_lines(output) == [
        "Traceback (most recent call last):",
        "Qt: QWidget::setLayout: Attempting to set QLayout",
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and .so plugins")
def test_a_build_whose_plugin_lacks_a_library_fails_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The xcb plugin copied alone: the Qt libraries it needs are not beside
    # it, as a library the build machine lacks is not in a bundle.
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    internal = tmp_path / "calmline" / "_internal"
    (internal / "plugins" / "platforms").mkdir(parents=True)
    shutil.copy2(plugin, internal / "plugins" / "platforms")
    missing = build.missing_libraries(internal)
    assert list(missing) == ["plugins/platforms/libqxcb.so"]
    assert "libQt6XcbQpa.so.6" in missing["plugins/platforms/libqxcb.so"]
    assert build.check_libraries(tmp_path / "calmline") == 1
    error = capsys.readouterr().err
    assert "libQt6XcbQpa.so.6" in error
    assert "plugins/platforms/libqxcb.so: " in error
