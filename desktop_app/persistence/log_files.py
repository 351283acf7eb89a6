"""The log file and crash reports.

PartnerDesk logs into ``partnerdesk.log`` in the user log folder (platformdirs: on Windows
``%LOCALAPPDATA%\\PartnerDesk\\PartnerDesk\\Logs``, on Linux ``~/.local/state/PartnerDesk/log``;
``$PARTNERDESK_LOG_DIR`` overrides it), rotated at 1 MB with five old files kept. A crash of the
interpreter itself (a fault in Qt or SQLite) is written by :mod:`faulthandler` to ``crash.log``
beside it; an uncaught Python exception is logged with its traceback (the window also shows it in
a dialog: ``ui/lifecycle/crash_dialog.py``).

**No personal data.** The log holds what the application did, with record ids, counts and file
names, never what users typed: every line passes :func:`redact`, which replaces quoted text
(error messages quote the values they refuse) with ``'…'`` unless it is a record id, e-mail
addresses with ``…@…``, and the home folder (which holds the user name) with ``~``. SQL
parameters never reach an error's text (``hide_parameters`` on the engine).

The window always logs. A command of the command line logs only into a log folder that exists
already (made by the window's first start, or by ``init`` and ``demo``), so a command that only
reads creates nothing; ``--verbose`` prints its log on stderr as well.

**The window's start** holds its records in memory (``configure_logging(…, deferred=True)``)
until :func:`attach_deferred_log` opens the file once the window has painted: the file handler,
its rotation, the user folders and the system description load then, not before the first
paint. Nothing is lost: the held records are written first, in order, and at the latest when
the process ends (``atexit``).
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import functools
import logging
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from desktop_app import __version__
from desktop_app.persistence.paths import APP_NAME

LOG_DIR_ENV = "PARTNERDESK_LOG_DIR"
LOG_NAME = "partnerdesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("desktop_app")

PENDING_LIMIT = 10_000
"""Records held before the file is attached, at most (the first ones are kept)."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Record id, quoted text, e-mail address, traceback file line (compiled when first used)."""
    return (
        re.compile(r"^[0-9a-fA-F]{8}(-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}$"),
        re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"|„([^“\n]*)“|“([^”\n]*)”"),
        re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
        re.compile(r'^\s*File "'),
    )


def log_dir() -> Path:
    """The folder of the log files (``$PARTNERDESK_LOG_DIR`` or the user log folder)."""
    explicit = os.environ.get(LOG_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_NAME))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _keep_quoted(match: re.Match[str]) -> str:
    inner = next((group for group in match.groups() if group is not None), "")
    if _patterns()[0].match(inner) or inner.isdigit() or not inner:
        return match.group(0)
    return match.group(0)[0] + "…" + match.group(0)[-1]


def redact(text: str) -> str:
    """``text`` without personal data: quoted values (not record ids), e-mail addresses and the
    user's home folder are replaced. The file lines of a traceback and the source line below
    each stay readable."""
    _uuid, quoted, email, file_line = _patterns()
    home = str(Path.home())
    lines = []
    code_line_next = False
    for line in text.split("\n"):
        if home and len(home) > 1:
            line = line.replace(home, "~")
        if file_line.match(line):
            lines.append(line)
            code_line_next = True
            continue
        if code_line_next and line.startswith("    "):
            lines.append(line)  # the source line of the frame: program text, not data
            code_line_next = False
            continue
        code_line_next = False
        line = email.sub("…@…", line)
        lines.append(quoted.sub(_keep_quoted, line))
    return "\n".join(lines)


class RedactingFormatter(logging.Formatter):
    """Formats a record (with its traceback) and passes the whole text through :func:`redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def _rotating_handler(target: Path) -> logging.Handler:
    """The log file's handler: rotation that tolerates another process holding the file
    (Windows): it goes on writing into the current file instead of reporting an error on every
    line. (``logging.handlers`` loads here: it imports the socket and pickle modules.)"""
    import logging.handlers

    class QuietRotatingHandler(logging.handlers.RotatingFileHandler):
        def doRollover(self) -> None:
            try:
                super().doRollover()
            except OSError:
                if self.stream is None:
                    self.stream = self._open()

    return QuietRotatingHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


class _Held(logging.Handler):
    """The records of a deferred start, until :func:`attach_deferred_log`."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < PENDING_LIMIT:
            self.records.append(record)


_OURS = "_partnerdesk"
_fault_file: IO[str] | None = None


_deferred: dict[str, Any] | None = None


def configure_logging(
    program: str, *, verbose: bool = False, create: bool = True, deferred: bool = False
) -> Path | None:
    """Set up the log for this process; returns the log file (None when it is not written).

    ``program`` names the process in the log ("window", "command line: sync import").
    ``create`` makes the log folder when missing (the window); without it the file is written
    only into an existing folder (the command line). ``verbose`` logs debug detail and prints
    the log on stderr. Calling it again replaces what an earlier call set up. ``deferred``
    holds the records in memory until :func:`attach_deferred_log` (returns None then).
    """
    global _deferred
    if deferred:
        reset_logging()
        root = logging.getLogger()
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
        held = _Held()
        setattr(held, _OURS, True)
        root.addHandler(held)
        _deferred = {"program": program, "verbose": verbose, "create": create, "held": held}
        atexit.register(attach_deferred_log)
        install_exception_logging()
        if sys.stderr is not None and hasattr(sys.stderr, "fileno"):
            with contextlib.suppress(ValueError, OSError):
                faulthandler.enable()  # until crash.log is open
        return None
    _deferred = None
    reset_logging()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up chatter
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    folder = log_dir()
    target: Path | None = None
    if create:
        with contextlib.suppress(OSError):  # unwritable: logged to stderr only
            folder.mkdir(parents=True, exist_ok=True)
    if folder.is_dir():
        target = folder / LOG_NAME
        try:
            handler = _rotating_handler(target)
        except OSError:
            target = None
        else:
            handler.setFormatter(formatter)
            setattr(handler, _OURS, True)
            root.addHandler(handler)
    if verbose and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        setattr(console, _OURS, True)
        root.addHandler(console)
    _enable_faulthandler(folder if target is not None else None)
    install_exception_logging()
    import platform

    log.info(
        "PartnerDesk %s (%s) started; Python %s on %s",
        __version__,
        program,
        platform.python_version(),
        platform.platform(terse=True),
    )
    return target


def attach_deferred_log() -> Path | None:
    """Open the log file of a deferred start and write the records held so far (the window
    calls it after its first paint; ``atexit`` at the latest). Returns the log file."""
    global _deferred
    if _deferred is None:
        return None
    held: _Held = _deferred["held"]
    target = configure_logging(
        _deferred["program"], verbose=_deferred["verbose"], create=_deferred["create"]
    )
    root = logging.getLogger()
    for record in held.records:  # after the "started" line; each keeps its own time
        for handler in root.handlers:
            if record.levelno >= handler.level:
                handler.handle(record)
    held.records.clear()
    return target


def reset_logging() -> None:
    """Remove (and close) the handlers :func:`configure_logging` added."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()


def _enable_faulthandler(folder: Path | None) -> None:
    """Interpreter crashes (segfaults in Qt or SQLite) go to ``crash.log`` (or stderr)."""
    global _fault_file
    if folder is not None:
        target = folder / CRASH_NAME
        if _fault_file is not None and _fault_file.name != str(target):
            _close_fault_file()
        if _fault_file is None:
            try:
                _fault_file = target.open("a", encoding="utf-8")
            except OSError:
                _fault_file = None
            else:
                atexit.register(_close_fault_file)
        if _fault_file is not None:
            faulthandler.enable(_fault_file)
            return
    if sys.stderr is not None and hasattr(sys.stderr, "fileno"):
        # a stream without a file descriptor (tests, frozen) cannot take it
        with contextlib.suppress(ValueError, OSError):
            faulthandler.enable()


def _close_fault_file() -> None:
    global _fault_file
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def log_exception(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """Write an uncaught exception with its traceback into the log."""
    log.critical("uncaught exception", exc_info=(kind, value, trace))


def install_exception_logging() -> None:
    """Uncaught exceptions (main thread and other threads) are logged before Python reports
    them as it would have."""
    if getattr(sys.excepthook, _OURS, False):
        return
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log_exception(kind, value, trace)
        previous(kind, value, trace)

    setattr(hook, _OURS, True)
    sys.excepthook = hook
    previous_thread_hook = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log_exception(args.exc_type, args.exc_value, args.exc_traceback)
        previous_thread_hook(args)

    threading.excepthook = thread_hook
