"""Writes the Windows version resource (Explorer's "Details" tab) for calmline.exe.

The numbers come from ``desktop_app.__version__`` so the file never drifts
from the app. The text format is the one PyInstaller's ``version=`` option
reads (``VSVersionInfo(...)``, evaluated by PyInstaller's version-info
module); it is written fresh into the build folder on every build.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

DESCRIPTION = "Calmline - a calm companion window for calls with upset customers"


def read_version(package_init: Path) -> str:
    """``__version__`` of ``desktop_app/__init__.py``, read without importing the package."""
    tree = ast.parse(package_init.read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"{package_init}: no __version__ = '...' line found")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); '0.4.0rc1' -> (0, 4, 0, 0). Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    padded = [*numbers, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_resource_text(version: str, app_name: str = "Calmline") -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": app_name,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "calmline",
        "LegalCopyright": f"{app_name}",
        "OriginalFilename": "calmline.exe",
        "ProductName": app_name,
        "ProductVersion": version,
    }
    structs = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Windows version resource for calmline.exe, generated at build time.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        {structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(target: Path, version: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(version_resource_text(version), encoding="utf-8")
    return target
