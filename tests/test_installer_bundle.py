"""The Linux bundle, built by installer/build.py and unpacked from its .tar.gz, does everything
the README promises, run with a clean environment (no virtual environment, no Python on PATH):
--version, init, demo, list, every export, a sync round trip, the migration of an empty
database, the window offscreen with a non-blank screenshot, in German (issue 14, point 2)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from install_smoke import Installed, clean_environment, run_all

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "de.partnerdesk.PartnerDesk"


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle built from this checkout, unpacked where no source or venv is near."""
    out = tmp_path_factory.mktemp("installer")
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1500,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (archive,) = out.glob("partnerdesk-*-linux-*.tar.gz")
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    (tree,) = target.iterdir()
    return tree


def test_the_unpacked_bundle_does_what_the_readme_promises(unpacked: Path, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = clean_environment(tmp_path / "home", LANG="de_DE.UTF-8", PARTNERDESK_LOG_DIR=str(logs))
    app = Installed([str(unpacked / "bin" / "partnerdesk")], env, cwd=tmp_path)
    run_all(app, tmp_path / "work")
    log = (logs / "partnerdesk.log").read_text(encoding="utf-8")
    assert "language de (translations loaded)" in log, "the compiled German translation"
    opened = next(line for line in log.splitlines() if "window open: views" in line)
    for view in ("partnerships", "missions", "my_missions", "sync"):
        assert view in opened, f"the view {view} is in the bundle"
    assert "daily backup" in log


def test_the_window_executable_starts(unpacked: Path, tmp_path: Path) -> None:
    env = clean_environment(tmp_path / "home")
    gui = Installed([str(unpacked / "bin" / "partnerdesk-gui")], env, cwd=tmp_path)
    assert gui.run("--version").strip().startswith("partnerdesk ")
    assert "init" in gui.run("--help")


def test_the_menu_entry_and_metainfo_validate(unpacked: Path) -> None:
    share = unpacked / "share"
    subprocess.run(
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")], check=True
    )
    subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
        check=True,
    )
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()


def test_install_sh_installs_for_the_user_and_removes_again(unpacked: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(prefix)}
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={prefix}/bin/partnerdesk-gui gui %F" in desktop
    version = subprocess.run(
        [str(prefix / "bin" / "partnerdesk"), "--version"],
        env={"PATH": str(tmp_path), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.startswith("partnerdesk ")
    subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not (prefix / "lib" / "partnerdesk").exists()
    assert not (prefix / "bin" / "partnerdesk").exists()
    assert shutil.which("partnerdesk", path=str(prefix / "bin")) is None
