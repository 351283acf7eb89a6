"""Security commands of the ``partnerdesk`` command line: ``enrol``, ``keys`` and ``revoke``.
Hooked into :mod:`desktop_app.cli` by :func:`register`; heavy imports happen in the handlers."""

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
    enrol = subparsers.add_parser("enrol", help="enrol a laptop: exchange and confirm public keys")
    actions = enrol.add_subparsers(dest="enrol_command", metavar="ACTION", required=True)
    accept = actions.add_parser("accept", help="accept a laptop's enrolment request")
    accept.add_argument("request", metavar="FILE", help="the enrolment request file")
    accept.add_argument(
        "--yes", action="store_true", help="the fingerprints were compared: accept without asking"
    )
    request = actions.add_parser("request", help="write this laptop's enrolment request again")
    request.add_argument("--out", metavar="FILE", help="where to write it")

    key = subparsers.add_parser("keys", help="this installation's keys and its peers' keys")
    key_actions = key.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = key_actions.add_parser("show", help="fingerprints of this node and its peers")
    show.add_argument("--json", action="store_true")
    export = key_actions.add_parser(
        "export", help="write public keys (signing.pub.pem, recipient.txt) to a folder"
    )
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--peer", metavar="PEER", help="a peer's keys instead of ours")
    key_actions.add_parser("rotate", help="replace this node's keys (peers follow)")
    escrow = key_actions.add_parser("escrow", help="show or set the escrow recipient")
    escrow.add_argument("--set", metavar="AGE_RECIPIENT", help="age1… public key of the escrow")
    escrow.add_argument("--clear", action="store_true")

    revoke = subparsers.add_parser("revoke", help="revoke a lost or retired installation")
    revoke.add_argument("peer", metavar="PEER", help="peer node id or name")
    revoke.add_argument("--reason", default="", help="why (e.g. 'laptop stolen 2026-11-20')")
    return {"enrol": cmd_enrol, "keys": cmd_keys, "revoke": cmd_revoke}


def _errors_as_messages(handler: Handler) -> Handler:
    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        from desktop_app.errors import PartnerDeskError

        try:
            return handler(args)
        except PartnerDeskError as exc:
            print(f"partnerdesk: error: {exc}", file=sys.stderr)
            return 2

    return wrapper


def _own_keys(db: Any) -> Any:
    from desktop_app.security import keys
    from desktop_app.security.transport import keys_folder

    return keys.load_public(keys_folder(db))


@_errors_as_messages
def cmd_enrol(args: argparse.Namespace) -> int:
    from desktop_app.security import enrolment

    db = open_for(args)
    if args.enrol_command == "request":
        return _request_again(db, args)
    request = enrolment.read_request(Path(args.request))
    public = enrolment.request_keys(request)
    node = request.get("node") or {}
    print(
        f"Enrolment request of '{node.get('name')}' ({node.get('role')}), "
        f"node {node.get('node_id')}"
    )
    print(f"  its fingerprint:  {public.fingerprint()}")
    print(f"  our fingerprint:  {_own_keys(db).fingerprint()}")
    print("Compare both with what the laptop shows (by phone, not by e-mail).")
    confirmed = args.yes or _ask("Do both fingerprints match? [y/N] ")
    peer = enrolment.accept(db, request, confirmed=confirmed)
    if confirmed:
        print(f"Accepted: '{peer.name}' is enrolled; its bundles will be imported.")
        return 0
    print(f"Not accepted: bundles of '{peer.name}' stay refused. Run again after comparing.")
    return 1


def _request_again(db: Any, args: argparse.Namespace) -> int:
    from desktop_app.security import enrolment
    from desktop_app.security.trust import TrustStore

    store = TrustStore(db.paths.keys)
    inviters = [p for p in store.peers() if p.status == "trusted"]
    if not inviters:
        print("No inviter known: set this laptop up with 'init --from-invite FILE'.")
        return 2
    with db.session() as session:
        from desktop_app.services.node import this_node

        node = this_node(session)
        invitation = {
            "security": {"keys": inviters[0].keys.as_dict(), "escrow": store.escrow()},
            "inviter": {
                "node_id": inviters[0].node_id,
                "name": inviters[0].name,
                "role": inviters[0].role,
            },
        }
    request = enrolment.join(db, invitation)
    out = Path(args.out) if args.out else db.paths.root / enrolment.REQUEST_FILE
    enrolment.write_request(request, out)
    print(f"Enrolment request of '{node.name}' written to {out}.")
    print(f"  this laptop's fingerprint: {_own_keys(db).fingerprint()}")
    return 0


def print_join(db: Any, invitation: dict[str, Any], out: Path | None) -> None:
    """After ``init --from-invite``: make keys, write the request, show both fingerprints."""
    from desktop_app.security import enrolment

    request = enrolment.join(db, invitation)
    target = out or db.paths.root / enrolment.REQUEST_FILE
    enrolment.write_request(request, target)
    inviter = invitation["inviter"]["name"]
    theirs = invitation["security"].get("fingerprint") or "?"
    print(f"Enrolment request written to {target}: send it to '{inviter}'.")
    print(f"  this laptop's fingerprint: {_own_keys(db).fingerprint()}")
    print(f"  {inviter}'s fingerprint:   {theirs}")
    print(f"Read both to '{inviter}' by phone; they must see the same before accepting.")


def _ask(prompt: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    return input(prompt).strip().lower() in {"y", "yes", "j", "ja"}


@_errors_as_messages
def cmd_keys(args: argparse.Namespace) -> int:
    from desktop_app.security import keys, lifecycle
    from desktop_app.security.transport import keys_folder
    from desktop_app.security.trust import TrustStore

    db = open_for(args)
    folder = keys_folder(db)
    store = TrustStore(folder)
    if args.keys_command == "rotate":
        public = lifecycle.rotate(db)
        print(f"New keys made; fingerprint {public.fingerprint()}. Peers take them over with the")
        print("next bundle they import from this installation (the old key signed the new one).")
        return 0
    if args.keys_command == "escrow":
        if args.clear or args.set:
            store.set_escrow(None if args.clear else args.set)
        print(f"Escrow recipient: {store.escrow() or 'none'}")
        return 0
    if args.keys_command == "export":
        public = _peer_keys(db, store, args.peer) if args.peer else keys.load_public(folder)
        out = Path(args.out)
        keys.write_public(public, out)
        print(f"Wrote {out / keys.SIGNING_PUBLIC} and {out / keys.RECIPIENT}")
        return 0
    own = keys.load_public(folder)
    peers = [p.as_dict() for p in store.peers()]
    if args.json:
        print(
            json.dumps(
                {"fingerprint": own.fingerprint(), "keys_folder": str(folder), "peers": peers},
                indent=2,
            )
        )
        return 0
    print(f"This installation: fingerprint {own.fingerprint()} (keys in {folder})")
    for peer in peers:
        print(f"  {peer['name']} ({peer['role']}): {peer['status']}, {peer['fingerprint']}")
    return 0


def _peer_keys(db: Any, store: Any, key: str) -> Any:
    from desktop_app.security.errors import SecurityError
    from desktop_app.services.node import find_peer

    with db.session() as session:
        node_id = find_peer(session, key).node_id
    peer = store.peer(node_id)
    if peer is None:
        raise SecurityError(f"The keys of {key} are not known: it has not enrolled.")
    return peer.keys


@_errors_as_messages
def cmd_revoke(args: argparse.Namespace) -> int:
    from desktop_app.security import lifecycle

    node_id, name = lifecycle.revoke(open_for(args), args.peer, args.reason)
    print(f"Revoked '{name}' (node {node_id}): its bundles are refused from now on; the")
    print("revocation travels to the other installations with the next bundles.")
    return 0
