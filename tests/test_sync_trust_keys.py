"""Issue 10.5, end to end: natural keys created on two nodes never block a bundle. The same
partnership code keeps both partnerships (the later one under a visibly changed code, with an
inbox entry asking to rename or merge); the same receipt becomes one attachment; workplan
revisions with the same number are renumbered; the same per-diem rate is one record (a
coordinator's change of it is refused: only HQ keeps the rates). The same on every node, and
later bundles (revocations too) keep flowing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from test_sync_support import dump
from trust_support import (
    cli,
    copy_world,
    equal_honest,
    exchange,
    export_to,
    import_into,
    inbox,
    node_id,
    person,
    records_of,
    settle,
    sql,
    template_fixture,
    with_db,
    without_personal,
)

from desktop_app.models import Expense, Partnership, PerDiemRate
from desktop_app.services import crud, permissions
from desktop_app.services.attachments import store_attachment
from desktop_app.services.workplan_revisions import new_revision

template = template_fixture("trust-keys")


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _partnership(code: str, title: str) -> Any:
    def action(db: Any) -> str:
        with db.session() as session:
            return crud.create(
                session,
                Partnership,
                code=code,
                title=title,
                programme="admin_partnership",
                phase="reform_need",
                partner_country="ME",
                currency="EUR",
            ).id

    return action


def test_the_same_partnership_code_on_two_nodes(world: Path) -> None:
    at_hq = with_db(world, "hq", _partnership("VP-NEW-01", "Created at HQ"))
    at_office = with_db(world, "office", _partnership("VP-NEW-01", "Created at the office"))
    for sender, receiver in (("hq", "office"), ("office", "hq")):
        report = import_into(world, receiver, export_to(world, sender, receiver))
        assert report["status"] == "applied" and not records_of(report, "rejected"), report
    codes = {
        node: dict(
            sql(
                world,
                node,
                "SELECT id, code FROM partnerships WHERE id IN (?, ?)",
                (at_hq, at_office),
            )
        )
        for node in ("hq", "office")
    }
    assert codes["hq"] == codes["office"]
    assert sorted(codes["hq"].values()) == ["VP-NEW-01", "VP-NEW-01 (2)"]
    titles = dict(
        sql(
            world, "hq", "SELECT id, title FROM partnerships WHERE id IN (?, ?)", (at_hq, at_office)
        )
    )
    assert titles == {at_hq: "Created at HQ", at_office: "Created at the office"}  # data kept
    for node in ("hq", "office"):
        [entry] = [c for c in inbox(world, node) if c["kind"] == "duplicate"]
        assert entry["table"] == "partnerships" and entry["other_value"] == "VP-NEW-01"
        assert entry["current_value"] == "VP-NEW-01 (2)"
    # Later bundles flow: an edit and a revocation.
    code, out = cli(world / "hq", "revoke", node_id(world, "field"), "--reason", "lost")
    assert code == 0, out
    report = exchange(world, "hq", "office")
    assert "revoked by HQ" in report["message"], report
    # A person renames the second one: the entry closes on both nodes.
    renamed = next(r for r, c in codes["office"].items() if c == "VP-NEW-01 (2)")

    def rename(db: Any) -> None:
        with db.session() as session:
            crud.update(session, Partnership, renamed, code="VP-NEW-02")

    with_db(world, "office", rename)
    exchange(world, "office", "hq")
    for node in ("hq", "office"):
        assert not [c for c in inbox(world, node) if c["kind"] == "duplicate"]
        codes = dict(
            sql(
                world,
                node,
                "SELECT id, code FROM partnerships WHERE id IN (?, ?)",
                (at_hq, at_office),
            )
        )
        assert sorted(codes.values()) == ["VP-NEW-01", "VP-NEW-02"]
    assert without_personal(dump(world / "hq")) == without_personal(dump(world / "office"))


def _expense_with_receipt(world: Path, node: str, who: str, receipt: Path) -> Any:
    someone = person(world, who)
    mission, start = sql(
        world,
        node,
        "SELECT m.id, m.start_date FROM missions m JOIN mission_experts e ON e.mission_id = m.id "
        "WHERE e.person_id = ?",
        (someone,),
    )[0]

    def action(db: Any) -> tuple[str, str]:
        with db.session() as session:
            attachment = store_attachment(session, db.paths.attachments, receipt)
            expense = crud.create(
                session,
                Expense,
                mission_id=mission,
                person_id=someone,
                day=date.fromisoformat(start),
                category="transport",
                description="Taxi to the ministry",
                amount=Decimal("24.00"),
                currency="EUR",
                exchange_rate=Decimal("1"),
                attachment_id=attachment.id,
            )
            return attachment.id, expense.id

    return with_db(world, node, action)


def test_the_same_receipt_attached_by_two_experts(world: Path, tmp_path: Path) -> None:
    receipt = tmp_path / "taxi.pdf"
    receipt.write_bytes(b"%PDF-1.4 shared taxi receipt, one ride for two experts")
    anna_attachment, anna_expense = _expense_with_receipt(world, "anna", "Alex Berger", receipt)
    field_attachment, field_expense = _expense_with_receipt(
        world, "field", "Stefan Kowalski", receipt
    )
    assert anna_attachment != field_attachment
    for sender, receiver in (
        ("anna", "hq"),
        ("field", "office"),
        ("office", "hq"),
        ("hq", "office"),
    ):
        report = import_into(world, receiver, export_to(world, sender, receiver))
        assert report["status"] == "applied" and not records_of(report, "rejected"), report
    canonical = min(anna_attachment, field_attachment)
    for node in ("hq", "office"):
        assert sql(
            world,
            node,
            "SELECT id FROM attachments WHERE sha256 = "
            "(SELECT sha256 FROM attachments WHERE id = ?)",
            (canonical,),
        ) == [(canonical,)]
        links = sql(
            world,
            node,
            "SELECT attachment_id FROM expenses WHERE id IN (?, ?)",
            (anna_expense, field_expense),
        )
        assert links == [(canonical,), (canonical,)]
    settle(world)
    equal_honest(world)


def test_two_new_workplan_revisions_with_the_same_number(world: Path) -> None:
    workplan = str(
        sql(
            world,
            "hq",
            "SELECT w.id FROM workplans w JOIN workplan_revisions r ON r.workplan_id = w.id "
            "GROUP BY w.id HAVING count(*) = 2",
        )[0][0]
    )

    def revise(note: str) -> Any:
        def action(db: Any) -> str:
            with db.session() as session:
                return new_revision(session, workplan, None, None, note=note).revision_id

        return action

    at_hq = with_db(world, "hq", revise("Revision written at HQ"))
    at_office = with_db(world, "office", revise("Revision written at the office"))
    for sender, receiver in (("hq", "office"), ("office", "hq")):
        report = import_into(world, receiver, export_to(world, sender, receiver))
        assert report["status"] == "applied" and not records_of(report, "rejected"), report
    for node in ("hq", "office"):
        numbers = dict(
            sql(
                world,
                node,
                "SELECT id, number FROM workplan_revisions WHERE workplan_id = ?",
                (workplan,),
            )
        )
        assert sorted(numbers.values()) == [1, 2, 3, 4]
        assert {numbers[at_hq], numbers[at_office]} == {3, 4}
    assert without_personal(dump(world / "hq")) == without_personal(dump(world / "office"))


def test_a_coordinators_per_diem_rate_is_refused_at_hq(world: Path) -> None:
    """Only HQ keeps the per-diem rates (DESIGN.md §2): the rule that refuses a coordinator's own
    edit (services/permissions.hq_only_refusal) refuses the same change arriving in a bundle.
    The office plays a modified client holding legitimate keys; HQ keeps its own rate of the
    same country and day, which reaches the office as one record with the office's."""

    def rate(amount: str) -> Any:
        def action(db: Any) -> str:  # past the office's own check, as a modified client would
            with db.session() as session, permissions.as_received(session):
                return crud.create(
                    session,
                    PerDiemRate,
                    country="ME",
                    valid_from=date(2027, 1, 1),
                    daily_allowance=Decimal(amount),
                    lodging_cap=Decimal("100.00"),
                ).id

        return action

    at_hq = with_db(world, "hq", rate("41.00"))
    with_db(world, "office", rate("42.00"))
    report = import_into(world, "hq", export_to(world, "office", "hq"))
    assert report["status"] == "applied", report
    rejected = [r for r in records_of(report, "rejected") if r["table"] == "per_diem_rates"]
    assert rejected, report
    assert all("only HQ keeps" in " ".join(r["reasons"]) for r in rejected), rejected
    query = (
        "SELECT id, daily_allowance FROM per_diem_rates WHERE country = 'ME' "
        "AND valid_from = '2027-01-01'"
    )
    assert sql(world, "hq", query) == [(at_hq, "41.00")]
    report = import_into(world, "office", export_to(world, "hq", "office"))
    assert report["status"] == "applied" and not records_of(report, "rejected"), report
    assert len(sql(world, "office", query)) == 1  # HQ's rate and the office's are one record
