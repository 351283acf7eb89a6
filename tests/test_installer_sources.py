"""The installer sources validate on Linux (issue 14, point 2), quickly, without PyInstaller:
the menu entry and AppStream metainfo (releases from CHANGELOG.md) with the freedesktop tools,
and the MSI from the WiX source built with wixl and read back with msiinfo."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "de.partnerdesk.PartnerDesk"
UPGRADE_CODE = "{D25832DE-EB3A-42B4-99D6-F6BD7BEF0EC0}"


def _tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"needs {', '.join(missing)} (Debian packages, installed by .ci/run)")
    assert not missing, f"CI must install {missing} (SYSTEM_PACKAGES in .ci/run)"


def _build(*args: str, out: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_linux_menu_entry_and_metainfo_validate(tmp_path: Path) -> None:
    _tools("desktop-file-validate", "appstreamcli")
    output = _build("--metadata-only", out=tmp_path)
    assert "Validation was successful" in output
    metainfo = (tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").read_text()
    from desktop_app import __version__

    assert f'<release version="{__version__}"' in metainfo, "the Unreleased section"
    assert "<li>" in metainfo and "`" not in metainfo, "changelog entries as plain text"
    assert metainfo.count("<screenshot>") + metainfo.count("<screenshot ") == 3
    assert "01-partnerships-overview.png" in metainfo
    for size in (16, 48, 256):
        assert (tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps").is_dir()


def _fake_windows_bundle(folder: Path) -> Path:
    """A folder shaped like the Windows bundle (its contents do not matter to the tables)."""
    bundle = folder / "PartnerDesk"
    (bundle / "_internal" / "desktop_app" / "resources").mkdir(parents=True)
    (bundle / "PartnerDesk.exe").write_bytes(b"MZ window")
    (bundle / "partnerdesk-cli.exe").write_bytes(b"MZ command line")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "_internal" / "desktop_app" / "resources" / "x.json").write_text("{}")
    return bundle


def _table(msi: Path, name: str) -> list[list[str]]:
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in text.splitlines()[3:]]


def test_the_msi_builds_from_the_wix_source_and_has_what_it_promises(tmp_path: Path) -> None:
    _tools("wixl", "wixl-heat", "msiinfo", "msibuild")
    bundle = _fake_windows_bundle(tmp_path / "bundle")
    msi = Path(_build("--msi-check", str(bundle), out=tmp_path / "out").strip().splitlines()[-1])
    assert msi.is_file()
    properties = dict((row[0], row[1]) for row in _table(msi, "Property"))
    assert properties["UpgradeCode"].upper() == UPGRADE_CODE, "stable across versions"
    assert properties["ALLUSERS"] == "2" and properties["MSIINSTALLPERUSER"] == "1", (
        "per user by default; ALLUSERS=1 on the command line installs per machine"
    )
    from desktop_app import __version__

    assert properties["ProductVersion"] == __version__
    upgrades = _table(msi, "Upgrade")
    assert {row[0].upper() for row in upgrades} == {UPGRADE_CODE}
    shortcuts = _table(msi, "Shortcut")
    assert [(r[1], r[2], r[4]) for r in shortcuts] == [
        ("ProgramMenuFolder", "PartnerDesk", "[INSTALLDIR]PartnerDesk.exe")
    ]
    registry = {(row[2], row[3]): (row[1], row[4]) for row in _table(msi, "Registry")}
    assert registry[("Software\\Classes\\.pdsync", "")] == ("-1", "PartnerDesk.SyncBundle")
    command = registry[("Software\\Classes\\PartnerDesk.SyncBundle\\shell\\open\\command", "")]
    assert command == ("-1", '"[INSTALLDIR]PartnerDesk.exe" gui "%1"'), (
        "HKMU (-1): HKCU per user, HKLM per machine; the bundle opens the import preview"
    )
    files = {row[2].split("|")[-1] for row in _table(msi, "File")}
    assert {"PartnerDesk.exe", "partnerdesk-cli.exe", "base_library.zip", "x.json"} <= files
    directories = {row[0]: row for row in _table(msi, "Directory")}
    assert directories["INSTALLDIR"][1] == "ProgramFiles64Folder"


def test_the_installed_checks_export_every_document_kind() -> None:
    """``tests/install_smoke.py`` (run against the wheel and the bundle) exports every kind of
    ``partnerdesk export``: a new document kind cannot ship untried in an installation."""
    import install_smoke

    from desktop_app.exporters.cli_commands import KINDS

    assert set(install_smoke.EXPORTED) == set(KINDS)
    source = inspect.getsource(install_smoke.check_documents)
    for kind in KINDS:
        assert f'"{kind}",' in source, f"check_documents does not export {kind}"
