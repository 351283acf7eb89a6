"""Build the PartnerDesk bundle: wheel → PyInstaller folder → .tar.gz (Linux) or .msi (Windows).

    python installer/build.py                  # everything for this platform, into build/installer
    python installer/build.py --metadata-only  # Linux menu entry, AppStream, MIME, icons; validated
    python installer/build.py --msi-check DIR  # Linux: the MSI from the WiX source with wixl
    python installer/build.py --bundle-only    # Windows: sign the programs, then
    python installer/build.py --msi-from build/installer/dist/PartnerDesk

Run it with the project's virtual environment (``pip install -e ".[installer]"``), on the
platform the bundle is for. Steps:

1. the wheel is built as pip builds it (``setup.py`` compiles the translations, writes the build
   date) and installed without dependencies into ``build/installer/site``;
2. ``desktop_app/third_party.json`` is written there: every third-party distribution of this
   environment that PartnerDesk depends on, with its licence texts (``services/components.py``);
3. PyInstaller builds the one-folder bundle from ``installer/partnerdesk.spec``;
4. Linux: the folder becomes ``lib/partnerdesk`` of a tree with ``bin/``, the ``.desktop`` file,
   the AppStream metainfo (releases from ``CHANGELOG.md``, screenshots), the MIME type and the
   icons, validated with ``desktop-file-validate`` and ``appstreamcli validate``, packed as
   ``partnerdesk-<version>-linux-<machine>.tar.gz`` with ``install.sh``;
   Windows: ``PartnerDesk-<version>.msi`` from ``installer/windows/partnerdesk.wxs`` with the WiX
   Toolset 3 (heat, candle, light), see ``installer/README.md`` for signing.

The icon is ``resources/icons/partnerdesk-<size>.png`` (and ``partnerdesk.svg``), the one the
window shows; a missing size stops the build.
"""

from __future__ import annotations

import argparse
import html
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
APP_ID = "de.partnerdesk.PartnerDesk"
HOMEPAGE = os.environ.get("PARTNERDESK_HOMEPAGE", "https://partnerdesk.invalid/")
SCREENSHOT_BASE = os.environ.get(
    "PARTNERDESK_SCREENSHOT_URL", "https://partnerdesk.invalid/screenshots/"
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SCREENSHOTS = (
    ("01-partnerships-overview.png", "Partnership overview with lifecycle and workplan"),
    ("03-missions.png", "Missions with the experts and their activity log"),
    ("06-my-missions.png", "The expert's day: activities, travel and per-diem claim"),
)
RELEASE_ITEMS = 12
REQUIRED_FILES = (
    "resources/templates/declaration.docx",
    "resources/translations/partnerdesk_de.qm",
    "resources/per_diem_rates/tables.json",
    "resources/handbook/de/index.md",
    "migrations/versions/0001_initial_schema.py",
    "migrations/env.py",
    "build_info.json",
    "third_party.json",
)
"""What the frozen application reads from disk; a bundle without one of them is refused."""


class BuildError(RuntimeError):
    """A step failed; the message says which and why."""


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    printable = " ".join(str(c) for c in command)
    print(f"== {printable}", flush=True)
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BuildError(
            f"{printable} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout + result.stderr


def version() -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise BuildError("no __version__ in desktop_app/__init__.py")
    return found.group(1)


# -- wheel and site --------------------------------------------------------------------------------


def build_wheel(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("partnerdesk-*.whl"):
        old.unlink()
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT)
    (wheel,) = out.glob("partnerdesk-*.whl")
    return wheel


def install_site(wheel: Path, site: Path) -> Path:
    """The wheel's files, without dependencies (those come from this environment)."""
    shutil.rmtree(site, ignore_errors=True)
    run(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, wheel)
    from desktop_app.services.components import COMPONENTS_FILE, write_components_file

    write_components_file(site / "desktop_app" / COMPONENTS_FILE)
    return site


# -- icons -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Icons:
    pngs: dict[int, Path]
    svg: Path | None
    ico: Path


def icons(out: Path) -> Icons:
    """The application icon in every size, as PNGs and a Windows .ico."""
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(["build"])
    source = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in ICON_SIZES:
        target = out / f"{size}.png"
        given = source / f"partnerdesk-{size}.png"
        if not given.is_file():
            raise BuildError(f"the application icon {given} is missing (resources/icons/)")
        shutil.copyfile(given, target)
        pngs[size] = target
    svg = source / "partnerdesk.svg"
    ico = out / "partnerdesk.ico"
    if not QImage(str(pngs[256])).save(str(ico), "ICO"):
        raise BuildError(f"cannot write {ico} (Qt's ICO image plugin is missing)")
    return Icons(pngs, svg if svg.is_file() else None, ico)


# -- PyInstaller -----------------------------------------------------------------------------------


def pyinstaller(site: Path, out: Path, icon: Icons) -> Path:
    """The one-folder bundle ``out/PartnerDesk``."""
    # The wheel's files come first on the path, before an editable install of the checkout
    # (whose import hook maps desktop_app.resources elsewhere): the bundle is the wheel.
    env = {**os.environ, "PARTNERDESK_SITE": str(site), "PYTHONPATH": str(site)}
    if sys.platform == "win32":
        env["PARTNERDESK_ICON"] = str(icon.ico)
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        out / "dist",
        "--workpath",
        out / "work",
        INSTALLER / "partnerdesk.spec",
        env=env,
        cwd=out,  # not the checkout: "python -m" puts the working folder first on the path
    )
    bundle = out / "dist" / "PartnerDesk"
    if not (bundle / ("PartnerDesk.exe" if sys.platform == "win32" else "PartnerDesk")).exists():
        raise BuildError(f"PyInstaller made no PartnerDesk executable in {bundle}")
    packaged = bundle / "_internal" / "desktop_app"
    for needed in REQUIRED_FILES:
        if not (packaged / needed).is_file():
            raise BuildError(f"the bundle lacks desktop_app/{needed}")
    # python-docx opens docx/parts/../templates/default-header.xml: both folders must exist
    docx = bundle / "_internal" / "docx"
    if not ((docx / "parts").is_dir() and (docx / "templates" / "default-header.xml").is_file()):
        raise BuildError(f"the bundle lacks python-docx's parts and templates folders in {docx}")
    return bundle


# -- Linux metadata --------------------------------------------------------------------------------


def _plain(markdown: str) -> str:
    """Markdown of a changelog line as plain text for AppStream (no markup, escaped)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    text = text.replace("`", "").replace("**", "").replace("*", "")
    return html.escape(" ".join(text.split()), quote=False)


def _first_sentence(text: str, limit: int = 160) -> str:
    """Up to the first ". " or ": " outside parentheses, at most ``limit`` characters."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char in "([") - (char in ")]")
        if depth == 0 and char in ".:" and text[index + 1 : index + 2] in (" ", ""):
            text = text[:index]
            break
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def changelog_releases(
    changelog: Path, current: str, today: str
) -> list[tuple[str, str, list[str]]]:
    """(version, date, items) per section of CHANGELOG.md, newest first; "Unreleased" is this
    build's version and date. Each item is the first sentence of a top-level entry."""
    releases: list[tuple[str, str, list[str]]] = []
    items: list[str] = []
    entry: list[str] = []
    heading: tuple[str, str] | None = None

    def close_entry() -> None:
        if entry:
            items.append(_plain(_first_sentence(" ".join(entry))))
            entry.clear()

    def close_release() -> None:
        close_entry()
        if heading is not None:
            releases.append((heading[0], heading[1], items[:RELEASE_ITEMS]))

    for line in changelog.read_text(encoding="utf-8").splitlines():
        section = re.match(r"^## \[?([^\]\s]+)\]?(?:\s*[-–]\s*(\d{4}-\d{2}-\d{2}))?", line)
        if section:
            close_release()
            items = []
            name, date = section.group(1), section.group(2) or ""
            heading = (current, today) if name.lower() == "unreleased" else (name, date or today)
        elif line.startswith("- "):
            close_entry()
            entry.append(line[2:].strip())
        elif line.startswith("  ") and entry:
            entry.append(line.strip())
        else:
            close_entry()
    close_release()
    return releases


def metainfo(current: str, today: str) -> str:
    template = (INSTALLER / "linux" / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    shots = []
    for number, (name, caption) in enumerate(SCREENSHOTS):
        kind = ' type="default"' if number == 0 else ""
        shots.append(
            f"    <screenshot{kind}>\n      <caption>{html.escape(caption)}</caption>\n"
            f"      <image>{SCREENSHOT_BASE}{name}</image>\n    </screenshot>"
        )
    releases = []
    for name, date, items in changelog_releases(ROOT / "CHANGELOG.md", current, today):
        entries = "\n".join(f"          <li>{item}</li>" for item in items)
        body = f"\n        <ul>\n{entries}\n        </ul>\n      " if items else ""
        releases.append(
            f'    <release version="{name}" date="{date}">\n'
            f"      <description>{body or '<p>Maintenance release.</p>'}</description>\n"
            "    </release>"
        )
    return (
        template.replace("@SCREENSHOTS@", "\n".join(shots))
        .replace("@RELEASES@", "\n".join(releases))
        .replace("@SCREENSHOT_BASE@", SCREENSHOT_BASE)
        .replace("@HOMEPAGE@", HOMEPAGE)
    )


def linux_share(share: Path, icon: Icons, current: str, today: str) -> Path:
    """``share/`` with the menu entry, AppStream metainfo, MIME type and icons."""
    linux = INSTALLER / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo(current, today), encoding="utf-8"
    )
    shutil.copyfile(linux / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    for size, png in icon.pngs.items():
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, folder / f"{APP_ID}.png")
    if icon.svg is not None:
        folder = share / "icons" / "hicolor" / "scalable" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon.svg, folder / f"{APP_ID}.svg")
    return share


def validate_linux(share: Path) -> str:
    """``desktop-file-validate`` and ``appstreamcli validate``; raises on any error."""
    report = run("desktop-file-validate", share / "applications" / f"{APP_ID}.desktop")
    report += run(
        "appstreamcli", "validate", "--no-net", share / "metainfo" / f"{APP_ID}.metainfo.xml"
    )
    return report


def linux_archive(bundle: Path, out: Path, icon: Icons, current: str, today: str) -> Path:
    name = f"partnerdesk-{current}-linux-{platform.machine()}"
    tree = out / name
    shutil.rmtree(tree, ignore_errors=True)
    (tree / "lib").mkdir(parents=True)
    shutil.copytree(bundle, tree / "lib" / "partnerdesk", symlinks=True)
    (tree / "bin").mkdir()
    os.symlink("../lib/partnerdesk/partnerdesk", tree / "bin" / "partnerdesk")
    os.symlink("../lib/partnerdesk/PartnerDesk", tree / "bin" / "partnerdesk-gui")
    validate_linux(linux_share(tree / "share", icon, current, today))
    shutil.copy2(INSTALLER / "linux" / "install.sh", tree / "install.sh")
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(tree, arcname=name)
    return archive


# -- Windows MSI -----------------------------------------------------------------------------------


def msi_with_wix(bundle: Path, out: Path, icon: Icons, current: str) -> Path:
    """The MSI with the WiX Toolset 3 (heat, candle, light on PATH), on Windows."""
    work = out / "wix"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    files = work / "files.wxs"
    run(
        "heat",
        "dir",
        bundle,
        "-nologo",
        "-cg",
        "BundleFiles",
        "-dr",
        "INSTALLDIR",
        "-var",
        "var.SourceDir",
        "-ag",
        "-srd",
        "-sfrag",
        "-sreg",
        "-out",
        files,
    )
    defines = [f"-dSourceDir={bundle}", f"-dVersion={current}", f"-dIconFile={icon.ico}"]
    run(
        "candle",
        "-nologo",
        "-arch",
        "x64",
        *defines,
        "-out",
        f"{work}{os.sep}",
        INSTALLER / "windows" / "partnerdesk.wxs",
        files,
    )
    target = out / f"PartnerDesk-{current}.msi"
    run("light", "-nologo", "-out", target, work / "partnerdesk.wixobj", work / "files.wixobj")
    return target


def msi_with_wixl(bundle: Path, out: Path, icon: Icons, current: str) -> Path:
    """The MSI from the same WiX source with wixl (Debian's msitools), to validate it on Linux.

    wixl knows a subset of WiX 3: it writes the registry root HKMU as 4 (Windows Installer
    wants -1; corrected here with msibuild) and ignores ``InstallPrivileges``. Ship the MSI
    built with WiX on Windows; this one proves the source, the tables and the harvest.
    """
    work = out / "wixl"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copyfile(icon.ico, work / "partnerdesk.ico")
    listing = "\n".join(
        str(path.relative_to(bundle.parent)) for path in sorted(bundle.rglob("*")) if path.is_file()
    )
    harvested = subprocess.run(
        [
            "wixl-heat",
            "-p",
            f"{bundle.name}/",
            "--component-group",
            "BundleFiles",
            "--var",
            "var.SourceDir",
            "--directory-ref",
            "INSTALLDIR",
        ],
        input=listing,
        capture_output=True,
        text=True,
        cwd=bundle.parent,
    )
    if harvested.returncode != 0:
        raise BuildError(f"wixl-heat failed:\n{harvested.stderr}")
    (work / "files.wxs").write_text(harvested.stdout, encoding="utf-8")
    target = work / f"PartnerDesk-{current}.msi"
    run(
        "wixl",
        "-a",
        "x64",
        "-D",
        f"SourceDir={os.path.relpath(bundle, work)}",
        "-D",
        f"Version={current}",
        "-D",
        "IconFile=partnerdesk.ico",
        "-o",
        target.name,
        INSTALLER / "windows" / "partnerdesk.wxs",
        "files.wxs",
        cwd=work,
    )
    run("msibuild", target, "-q", "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4")
    return target


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "installer")
    parser.add_argument("--wheel", type=Path, help="use this wheel instead of building one")
    parser.add_argument(
        "--metadata-only",
        action="store_true",
        help="only the Linux menu entry, metainfo, MIME type and icons (validated)",
    )
    parser.add_argument(
        "--bundle-only",
        action="store_true",
        help="stop after PyInstaller (to sign the programs before the MSI is made)",
    )
    parser.add_argument(
        "--msi-from",
        metavar="FOLDER",
        type=Path,
        help="Windows: make the MSI with WiX from this (signed) bundle folder",
    )
    parser.add_argument(
        "--msi-check",
        metavar="FOLDER",
        type=Path,
        help="Linux: build the MSI with wixl over FOLDER (a bundle folder) to validate the source",
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    current = version()
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", datetime.now(UTC).timestamp()))
    today = datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d")
    try:
        icon = icons(out / "icons")
        if args.metadata_only:
            share = linux_share(out / "share", icon, current, today)
            print(validate_linux(share))
            print(share)
            return 0
        if args.msi_check:
            print(msi_with_wixl(args.msi_check.resolve(), out, icon, current))
            return 0
        if args.msi_from:
            print(msi_with_wix(args.msi_from.resolve(), out, icon, current))
            return 0
        wheel = args.wheel.resolve() if args.wheel else build_wheel(out / "wheel")
        site = install_site(wheel, out / "site")
        bundle = pyinstaller(site, out, icon)
        if args.bundle_only:
            print(bundle)
        elif sys.platform == "win32":
            print(msi_with_wix(bundle, out, icon, current))
        else:
            print(linux_archive(bundle, out, icon, current, today))
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
