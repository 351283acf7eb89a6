"""The ``partnerdesk`` command line: GUI start, init, demo data, lists."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.persistence.paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    import argparse

# The commands' modules (and argparse) are imported when the parser is built or a command runs,
# not here: ``partnerdesk`` without a command opens the window, and that start imports none of
# them.


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from desktop_app.exporters import cli_commands as document_cli
    from desktop_app.security import cli_commands as security_cli
    from desktop_app.services.lists.catalog import LISTS as LIST_NAMES
    from desktop_app.services.rate_tables import cli_commands as rates_cli
    from desktop_app.sync import cli_commands as sync_cli

    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description=(
            "PartnerDesk: plan and run administrative partnerships abroad. Without a command, "
            "the desktop application opens."
        ),
        epilog=f"The data directory can also be set with the environment variable {DATA_DIR_ENV}.",
    )
    parser.add_argument("--version", action="version", version=f"partnerdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database, backups and attachments "
        "(default: the user data folder of PartnerDesk)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the desktop application (the default)")

    init = commands.add_parser("init", help="create this installation's node identity")
    init.add_argument("--role", choices=["hq", "coordinator", "expert"])
    init.add_argument("--name", help="display name of this installation")
    init.add_argument("--from-invite", metavar="FILE", help="set up the node an invitation names")
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="keep the database encrypted (SQLCipher); passphrase asked or from "
        "$PARTNERDESK_PASSPHRASE",
    )
    init.add_argument(
        "--keyring", action="store_true", help="with --encrypt: a random key in the OS keyring"
    )

    commands.add_parser("demo", help="fill an empty database with the demo dataset")

    listing = commands.add_parser(
        "list",
        help="list records as the window's list shows them",
        description="Print a list with the rows, columns and order of the window's list (or the "
        "peers of this installation, or the official per-diem rates: rates).",
    )
    listing.add_argument("what", choices=[*LIST_NAMES, "peers", "rates"])
    listing.add_argument(
        "--filter",
        metavar="TEXT",
        default="",
        help="only rows with a column containing TEXT, as the window's filter box",
    )
    listing.add_argument(
        "--sort", metavar="FIELD", help="sort by the column FIELD (default: the list's own order)"
    )
    listing.add_argument("--descending", action="store_true", help="with --sort: largest first")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rates_cli.add_list_options(listing)
    COMMANDS.update(sync_cli.register(commands))
    COMMANDS.update(document_cli.register(commands))
    COMMANDS.update(security_cli.register(commands))
    COMMANDS.update(rates_cli.register(commands))
    return parser


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.persistence.command_line import data_paths, open_for
    from desktop_app.security.installation import create_installation
    from desktop_app.services.node import check_node

    if not args.from_invite:  # a refused init creates nothing: check before the first write
        if not args.role or not args.name:
            raise UserError("init needs --role and --name (or --from-invite FILE).")
        check_node(args.role, args.name)
    if args.encrypt or args.keyring:
        from desktop_app.persistence.at_rest import prepare

        prepare(data_paths(args), use_keyring=args.keyring)
    if args.from_invite:
        from desktop_app.sync import cli_commands as sync_cli

        return sync_cli.init_from_invite(args)
    db = open_for(args, create=True)
    node = create_installation(db, args.role, args.name)
    print(f"Initialised node '{node.name}' ({node.role}), id {node.id}")
    from desktop_app.security.enrolment import ensure_keys

    print(f"Keys made in {data_paths(args).keys}; fingerprint {ensure_keys(db).fingerprint()}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.persistence.command_line import open_for
    from desktop_app.services.demo import is_empty, load_demo

    db = open_for(args, create=True)
    with db.session() as session:
        if not is_empty(session):
            raise UserError(
                "The database already holds data; demo data is only loaded into an empty "
                "database. Use a new --data-dir to try the demo."
            )
        counts = load_demo(session)
    total = sum(counts.values())
    print(f"Loaded the demo dataset: {total} records in {len(counts)} tables.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    import json

    from desktop_app.persistence.command_line import open_for
    from desktop_app.services.lists.listing import json_rows, read_list, text_table

    if args.what == "peers":
        from desktop_app.sync import cli_commands as sync_cli

        return sync_cli.list_peers(args)
    if args.what == "rates":
        from desktop_app.services.rate_tables import cli_commands as rates_cli

        return rates_cli.list_rates(args)
    if args.descending and args.sort is None:
        raise UserError("--descending needs --sort FIELD (the column to sort by).")
    db = open_for(args)
    try:
        compiled, rows = read_list(db, args.what, args.filter, args.sort, args.descending)
    except ValueError as exc:  # an unknown --sort column
        raise UserError(str(exc)) from None
    if args.json:
        print(json.dumps(json_rows(compiled, rows), indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(f"No {args.what.replace('_', ' ')} match." if args.filter else f"No {args.what} yet.")
        return 0
    print("\n".join(text_table(compiled, rows)))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    return open_window(args.data_dir)


def open_window(data_dir: str | None) -> int:
    from desktop_app.ui.app import run_gui

    return run_gui(resolve_data_dir(data_dir))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "list": cmd_list,
}


def window_request(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only opens the window (no arguments, ``gui``, ``--data-dir DIR``), and
    the data directory it names: then the window opens without building the parser or loading
    any command (or the database layer, which the window loads in a worker)."""
    rest = list(argv)
    if rest and rest[-1] == "gui":
        rest.pop()
    data_dir = None
    if len(rest) == 2 and rest[0] == "--data-dir":
        data_dir = rest.pop()
        rest.pop()
    elif len(rest) == 1 and rest[0].startswith("--data-dir="):
        data_dir = rest.pop().partition("=")[2]
    return not rest, data_dir


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window, data_dir = window_request(arguments)
    if window:
        try:
            return open_window(data_dir)
        except PermissionError as exc:
            return _no_permission(exc)
    parser = build_parser()
    args = parser.parse_args(arguments)
    from desktop_app.errors import PartnerDeskError
    from desktop_app.persistence.database import DatabaseDamaged
    from desktop_app.services.errors import ValidationError
    from desktop_app.services.node import AlreadyInitialised

    try:
        return COMMANDS[args.command](args)
    except (UserError, ValidationError, AlreadyInitialised, PartnerDeskError) as exc:
        print(f"partnerdesk: error: {exc}", file=sys.stderr)
        return 2
    except DatabaseDamaged as exc:
        print(f"partnerdesk: error: {exc}", file=sys.stderr)
        return 3
    except PermissionError as exc:
        return _no_permission(exc)


def _no_permission(exc: PermissionError) -> int:
    print(
        f"partnerdesk: error: no permission for {exc.filename}: choose a data directory "
        "you may write to (--data-dir).",
        file=sys.stderr,
    )
    return 2


def entry_point() -> None:
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    entry_point()
