"""Sync commands of the ``partnerdesk`` command line: invite, sync export/import/status/conflicts,
``init --from-invite`` and ``list peers``. Hooked into :mod:`desktop_app.cli` by
:func:`register`; heavy imports happen inside the handlers so the CLI starts fast."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.persistence.command_line import open_for

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add ``invite`` and ``sync`` to the command line; returns their handlers by name."""
    invite = subparsers.add_parser(
        "invite", help="invite an expert laptop (or a coordinator) to exchange sync bundles"
    )
    invite.add_argument("--name", required=True, help="name of the new installation (peer)")
    invite.add_argument(
        "--partnership",
        nargs="+",
        default=[],
        metavar="CODE",
        help="partnership(s) the expert works on: its scope",
    )
    invite.add_argument("--out", required=True, metavar="FILE", help="invitation file to write")
    invite.add_argument("--role", choices=["expert", "coordinator", "hq"], default="expert")
    invite.add_argument(
        "--person", metavar="PERSON", help="the expert's person (id or full name; default: NAME)"
    )

    sync = subparsers.add_parser("sync", help="exchange sync bundles with peers")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a bundle for a peer")
    export.add_argument("--to", required=True, metavar="PEER", help="peer node id or name")
    export.add_argument("--out", required=True, metavar="FILE")
    imp = actions.add_parser("import", help="import bundles (any order)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="preview: change nothing")
    imp.add_argument("--json", action="store_true", help="print the per-record report as JSON")
    status = actions.add_parser("status", help="per peer: not exported, not acknowledged")
    status.add_argument("--json", action="store_true")
    conflicts = actions.add_parser("conflicts", help="list the conflict inbox")
    conflicts.add_argument("--json", action="store_true")
    resolve = actions.add_parser("resolve", help="resolve a conflict: keep or use-other")
    resolve.add_argument("conflict", metavar="ID")
    resolve.add_argument("choice", choices=["keep", "use-other"])
    refused = actions.add_parser(
        "refused", help="this installation's edits that a peer refused, with the reason"
    )
    refused.add_argument("--json", action="store_true")
    refused.add_argument("--all", action="store_true", help="also those already put back")
    back = actions.add_parser(
        "put-back", help="put refused edits back to the value the peers accepted"
    )
    back.add_argument("ids", nargs="*", type=int, metavar="NUMBER", help="from 'sync refused'")
    back.add_argument("--all", action="store_true", help="every refused edit not yet put back")
    return {"invite": cmd_invite, "sync": cmd_sync}


def _errors_as_messages(handler: Handler) -> Handler:
    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        from desktop_app.errors import PartnerDeskError
        from desktop_app.services.errors import ValidationError
        from desktop_app.services.node import AlreadyInitialised

        try:
            return handler(args)
        except (PartnerDeskError, ValidationError, AlreadyInitialised) as exc:
            print(f"partnerdesk: error: {exc}", file=sys.stderr)
            return 2

    return wrapper


@_errors_as_messages
def cmd_invite(args: argparse.Namespace) -> int:
    from desktop_app.sync.invitations import write_invitation

    invitation = write_invitation(
        open_for(args), args.name, args.partnership, Path(args.out), role=args.role,
        person=args.person,
    )
    node = invitation["node"]
    print(f"Invited '{node['name']}' ({node['role']}), node id {node['node_id']}: {args.out}")
    print(f"On that machine run: partnerdesk init --from-invite {Path(args.out).name}")
    return 0


@_errors_as_messages
def init_from_invite(args: argparse.Namespace) -> int:
    """``partnerdesk init --from-invite FILE``: become the invited node."""
    from desktop_app.sync.peers import accept_invitation, read_invitation

    invitation = read_invitation(Path(args.from_invite))
    db = open_for(args, create=True)
    with db.session() as session:
        node = accept_invitation(session, invitation)
        print(
            f"Initialised node '{node.name}' ({node.role}), id {node.id}; peer "
            f"'{invitation['inviter']['name']}' added. Import its first bundle with "
            "'partnerdesk sync import FILE'."
        )
    db.forget_node()
    from desktop_app.security.cli_commands import print_join

    print_join(db, invitation, None)
    return 0


@_errors_as_messages
def list_peers(args: argparse.Namespace) -> int:
    """``partnerdesk list peers [--json]``."""
    from desktop_app.sync.status import peer_statuses

    rows = [s.as_dict() for s in peer_statuses(open_for(args))]
    if getattr(args, "json", False):
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("No peers yet. Invite one with 'partnerdesk invite'.")
        return 0
    print(f"{'id':36}  {'name':20}  {'role':11}  {'status':8}  last heard")
    for r in rows:
        print(
            f"{r['node_id']:36}  {r['name']:20}  {r['role']:11}  {r['status']:8}  "
            f"{r['last_heard_at'] or 'never'}"
        )
    return 0


@_errors_as_messages
def cmd_sync(args: argparse.Namespace) -> int:
    return {
        "export": _export,
        "import": _import,
        "status": _status,
        "conflicts": _conflicts,
        "resolve": _resolve,
        "refused": _refused,
        "put-back": _put_back,
    }[args.sync_command](args)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.sync.export import export_bundle

    print(export_bundle(open_for(args), args.to, Path(args.out)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop_app.sync.importer import import_bundles

    reports = import_bundles(open_for(args), [Path(f) for f in args.files], dry_run=args.dry_run)
    ok = all(r.ok for r in reports)
    if args.json:
        print(json.dumps({"ok": ok, "bundles": [r.as_dict() for r in reports]}, indent=1))
    else:
        for report in reports:
            print(report.summary())
    return 0 if ok else 1


def _status(args: argparse.Namespace) -> int:
    from desktop_app.sync.status import clock_warning, peer_statuses, status_line

    db = open_for(args)
    statuses = peer_statuses(db)
    if args.json:
        print(json.dumps([s.as_dict() for s in statuses], indent=2))
        return 0
    print(status_line(db))
    for s in statuses:
        heard = s.last_heard_at.isoformat(timespec="minutes") if s.last_heard_at else "never"
        print(
            f"  {s.name} ({s.role}): {s.not_exported} not exported, {s.not_acknowledged} "
            f"exported but not acknowledged, last heard {heard}"
        )
        warning = clock_warning(s)
        if warning:
            print(f"    ! {warning}")
    return 0


def _refused(args: argparse.Namespace) -> int:
    from desktop_app.sync.refused import refused_edits

    edits = refused_edits(open_for(args), include_put_back=args.all)
    if args.json:
        print(json.dumps([e.as_dict() for e in edits], indent=2, default=str))
        return 0
    if not edits:
        print("No refused edits.")
    for e in edits:
        back = " (put back)" if e.put_back_at else ""
        accepted = "no such record" if e.record_refused else repr(e.accepted_value)
        print(
            f"{e.id}{back}  {e.table} '{e.label}' {e.field}: {e.value!r} refused by {e.peer}: "
            f"{e.reason}. Accepted: {accepted}"
        )
    return 0


def _put_back(args: argparse.Namespace) -> int:
    from desktop_app.sync.errors import SyncError
    from desktop_app.sync.refused import put_back

    if not args.ids and not args.all:
        raise SyncError(
            "Name the refused edits to put back (numbers from 'sync refused') or --all."
        )
    count = put_back(open_for(args), None if args.all else list(args.ids))
    print(f"Put back {count} refused edit(s) to the value the peers accepted.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from desktop_app.sync.conflicts import list_conflicts

    conflicts = list_conflicts(open_for(args))
    if args.json:
        print(json.dumps([c.as_dict() for c in conflicts], indent=2, default=str))
        return 0
    if not conflicts:
        print("No open conflicts.")
    for c in conflicts:
        print(
            f"{c.id}  {c.table} '{c.label}' {c.field}: current {c.current_value!r} "
            f"({c.current_by}) vs other {c.other_value!r} ({c.other_by})"
        )
    return 0


def _resolve(args: argparse.Namespace) -> int:
    from desktop_app.sync.conflicts import resolve_conflict

    resolve_conflict(open_for(args), args.conflict, args.choice.replace("-", "_"))
    print(f"Conflict {args.conflict} resolved: {args.choice}.")
    return 0
