"""calmline: links are declared to Windows and macOS (not runnable here; checked as written)."""

from __future__ import annotations

import ast

from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"


def test_the_macos_bundle_declares_the_calmline_scheme() -> None:
    tree = ast.parse((PACKAGING / "calmline.spec").read_text(encoding="utf-8"))
    url_types = [
        ast.literal_eval(node.values[node.keys.index(key)])
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant) and key.value == "CFBundleURLTypes"
    ]
    assert url_types == [
        [
            {
                "CFBundleURLName": "app.calmline.desktop.call",
                "CFBundleURLSchemes": ["calmline"],
                "CFBundleTypeRole": "Viewer",
            }
        ]
    ]
    assert 'argv_emulation=sys.platform == "darwin"' in (PACKAGING / "freeze.py").read_text(
        encoding="utf-8"
    )


def test_the_windows_script_registers_the_scheme_for_the_user_only() -> None:
    script = (PACKAGING / "windows" / "register-links.ps1").read_text(encoding="utf-8")
    assert '$key = "HKCU:\\Software\\Classes\\calmline"' in script
    assert "HKLM" not in script
    assert 'Set-ItemProperty -Path $key -Name "URL Protocol" -Value ""' in script
    # The link reaches calmline.exe as one quoted argument, never through a shell.
    assert '-Value "`"$Program`" `"%1`""' in script
    spec = (PACKAGING / "calmline.spec").read_text(encoding="utf-8")
    assert '"windows" / "register-links.ps1"' in spec
