"""An expert's scope follows its assignments: a partnership assigned later arrives with its
whole history, and keeps arriving until the laptop acknowledges it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.models import ExpertAssignment, MissionExpert, Partnership
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import accept_invitation, create_invitation


def _partnership_ids(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Partnership.id)))


def test_a_partnership_assigned_later_arrives_with_its_history(tmp_path: Path) -> None:
    hq = open_database(DataPaths(tmp_path / "hq"))
    with hq.session() as session:
        init_node(session, "hq", "HQ")
        load_demo(session)
    with hq.session() as session:
        link = session.scalars(crud.query(MissionExpert)).first()
        assert link is not None
        person = link.person_id
        assigned = set(
            session.scalars(
                select(ExpertAssignment.partnership_id).where(ExpertAssignment.person_id == person)
            )
        )
        own = session.scalars(
            select(Partnership.code)
            .join(ExpertAssignment, ExpertAssignment.partnership_id == Partnership.id)
            .where(ExpertAssignment.person_id == person)
        ).first()
        other = session.scalars(select(Partnership).where(Partnership.id.not_in(assigned))).first()
        assert own is not None and other is not None
        invitation = create_invitation(session, "Laptop", [own], person=person)
    laptop = open_database(DataPaths(tmp_path / "laptop"))
    with laptop.session() as session:
        accept_invitation(session, invitation)
    laptop.forget_node()

    export_bundle(hq, "Laptop", tmp_path / "1.zip")
    assert import_bundle(laptop, tmp_path / "1.zip").ok
    export_bundle(laptop, "HQ", tmp_path / "ack.zip")
    assert import_bundle(hq, tmp_path / "ack.zip").ok
    assert other.id not in _partnership_ids(laptop)

    with hq.session() as session:
        crud.create(
            session,
            ExpertAssignment,
            partnership_id=other.id,
            person_id=person,
            role="short_term_expert",
        )
    lost = export_bundle(hq, "Laptop", tmp_path / "2-lost.zip")
    again = export_bundle(hq, "Laptop", tmp_path / "3.zip")
    assert again.changes >= lost.changes > 10  # the whole history, again until acknowledged
    report = import_bundle(laptop, tmp_path / "3.zip")
    assert report.ok, report.message
    assert other.id in _partnership_ids(laptop)
    export_bundle(laptop, "HQ", tmp_path / "ack2.zip")
    assert import_bundle(hq, tmp_path / "ack2.zip").ok
    assert export_bundle(hq, "Laptop", tmp_path / "4.zip").changes == 0
    hq.dispose()
    laptop.dispose()
