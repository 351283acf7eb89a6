"""Personal data of a claim (claimant profile: personnel number, address, bank account) stays on
the expert's own installation and at HQ: sync never puts it into a bundle for another peer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.models import ClaimantProfile, ExpertAssignment, Partnership, Person
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import accept_invitation, create_invitation

IBAN = "DE89370400440532013000"


def _node(tmp_path: Path, name: str, invitation: dict) -> Database:
    db = open_database(DataPaths(tmp_path / name))
    with db.session() as session:
        accept_invitation(session, invitation)
    db.forget_node()
    return db


def _profiles(db: Database) -> list[tuple[str, str | None]]:
    with db.session() as session:
        return [(p.person_id, p.iban) for p in session.scalars(select(ClaimantProfile))]


def _bundle_tables(db: Database, peer: str, out: Path) -> int:
    """Export to ``peer`` and count the claimant-profile changes in the bundle's change log."""
    export_bundle(db, peer, out)
    with db.engine.connect() as conn:
        from desktop_app.models.sync_state import SyncPeer
        from desktop_app.sync.export import pending_changes

        record = conn.execute(SyncPeer.__table__.select().where(SyncPeer.name == peer)).one()
        rows = pending_changes(conn, record, 0)
    return sum(1 for row in rows if row[3] == "claimant_profiles")


def test_claimant_profile_goes_to_hq_and_own_laptop_only(tmp_path: Path) -> None:
    hq = open_database(DataPaths(tmp_path / "hq"))
    with hq.session() as session:
        init_node(session, "hq", "HQ")
        load_demo(session)
        profile = session.scalars(select(ClaimantProfile)).one()
        owner = profile.person_id
        code = session.scalars(
            select(Partnership.code)
            .join(ExpertAssignment, ExpertAssignment.partnership_id == Partnership.id)
            .where(ExpertAssignment.person_id == owner)
        ).first()
        colleague = session.scalars(
            select(ExpertAssignment.person_id).where(
                ExpertAssignment.person_id != owner,
                ExpertAssignment.partnership_id.in_(
                    select(Partnership.id).where(Partnership.code == code)
                ),
            )
        ).first()
        if colleague is None:  # put a second expert on the same partnership
            other = session.scalars(select(Person).where(Person.id != owner)).first()
            assert other is not None
            partnership = session.scalars(select(Partnership).where(Partnership.code == code)).one()
            crud.create(
                session,
                ExpertAssignment,
                partnership_id=partnership.id,
                person_id=other.id,
                role="short_term_expert",
            )
            colleague = other.id
        own_invite = create_invitation(session, "Own laptop", [code], person=owner)
        other_invite = create_invitation(session, "Colleague", [code], person=colleague)
        office_invite = create_invitation(session, "Office", [], role="coordinator")
    own = _node(tmp_path, "own", own_invite)
    other = _node(tmp_path, "other", other_invite)
    office = _node(tmp_path, "office", office_invite)

    for name, node in (("Own laptop", own), ("Colleague", other), ("Office", office)):
        out = tmp_path / f"{name}.zip"
        export_bundle(hq, name, out)
        report = import_bundle(node, out)
        assert report.ok, report.message
    assert _profiles(own) == [(owner, IBAN)]
    assert _profiles(other) == []
    assert _profiles(office) == []
    assert _bundle_tables(hq, "Office", tmp_path / "o2.zip") == 0
    assert _bundle_tables(hq, "Colleague", tmp_path / "c2.zip") == 0

    # the expert corrects the bank account on the laptop: it reaches HQ
    with own.session() as session:
        mine = session.scalars(select(ClaimantProfile)).one()
        crud.update(session, ClaimantProfile, mine.id, iban="GB82 WEST 1234 5698 7654 32")
        session.commit()
    export_bundle(own, "HQ", tmp_path / "back.zip")
    report = import_bundle(hq, tmp_path / "back.zip")
    assert report.ok, report.message
    assert _profiles(hq) == [(owner, "GB82WEST12345698765432")]
    # and still never to the office
    export_bundle(hq, "Office", tmp_path / "o3.zip")
    assert import_bundle(office, tmp_path / "o3.zip").ok
    assert _profiles(office) == []
    for db in (hq, own, other, office):
        db.dispose()


def test_expert_may_not_change_another_persons_profile(tmp_path: Path) -> None:
    from desktop_app.sync.authority import ExpertAuthority, StoredState
    from desktop_app.sync.peers import Scope

    db = open_database(DataPaths(tmp_path / "hq"))
    with db.session() as session:
        load_demo(session)
        profile = session.scalars(select(ClaimantProfile)).one()
        session.commit()
        profile_id, owner = profile.id, profile.person_id
    change = {"table": "claimant_profiles", "record": profile_id, "field": "iban", "value": "x"}
    with db.engine.connect() as conn:
        state = StoredState(conn, lambda _key: None, lambda _key: None)
        stranger = ExpertAuthority(state, "n1", Scope("someone-else", frozenset()))
        assert "another person" in (stranger.refusal(change, None) or "")
        mine = ExpertAuthority(state, "n1", Scope(owner, frozenset()))
        assert mine.refusal(change, None) is None
    db.dispose()
