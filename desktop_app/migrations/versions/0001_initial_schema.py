"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 23:53:47.608736
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop_app.models.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachments_sha256")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "institutions",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institutions")),
    )
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_institutions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_institutions_name"), ["name"], unique=False)

    op.create_table(
        "node_identity",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_node_identity")),
    )
    op.create_table(
        "per_diem_rates",
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column(
            "daily_allowance", desktop_app.models.types.ExactDecimal(scale=2), nullable=False
        ),
        sa.Column("lodging_cap", desktop_app.models.types.ExactDecimal(scale=2), nullable=False),
        sa.Column("is_sample", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_per_diem_rates")),
        sa.UniqueConstraint("country", "valid_from", name=op.f("uq_per_diem_rates_country")),
    )
    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_per_diem_rates_country"), ["country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_per_diem_rates_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=True),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("institution_id", sa.String(length=36), nullable=True),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("expertise", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_people_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_last_name"), ["last_name"], unique=False)

    op.create_table(
        "partnerships",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("programme", sa.String(length=30), nullable=False),
        sa.Column("phase", sa.String(length=30), nullable=False),
        sa.Column("partner_country", sa.String(length=2), nullable=False),
        sa.Column("german_lead_institution_id", sa.String(length=36), nullable=True),
        sa.Column("partner_institution_id", sa.String(length=36), nullable=True),
        sa.Column("german_municipality", sa.String(length=120), nullable=True),
        sa.Column("partner_municipality", sa.String(length=120), nullable=True),
        sa.Column("reform_need", sa.Text(), nullable=True),
        sa.Column("concept", sa.Text(), nullable=True),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("budget", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("coordinator_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"], ["people.id"], name=op.f("fk_partnerships_coordinator_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["german_lead_institution_id"],
            ["institutions.id"],
            name=op.f("fk_partnerships_german_lead_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_institution_id"],
            ["institutions.id"],
            name=op.f("fk_partnerships_partner_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnerships")),
        sa.UniqueConstraint("code", name=op.f("uq_partnerships_code")),
    )
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnerships_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnerships_partner_country"), ["partner_country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_partnerships_programme"), ["programme"], unique=False)

    op.create_table(
        "contributions",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("institution_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("quantity", desktop_app.models.types.ExactDecimal(scale=3), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("value", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_contributions_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_contributions_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
    )
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contributions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contributions_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contributions_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("workplan_item_key", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("trainers", sa.Text(), nullable=True),
        sa.Column("evaluation", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_events_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_events_start_date"), ["start_date"], unique=False)

    op.create_table(
        "expert_assignments",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_expert_assignments_partnership_id_partnerships"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_expert_assignments_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_assignments")),
    )
    with op.batch_alter_table("expert_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expert_assignments_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expert_assignments_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expert_assignments_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "missions",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("workplan_item_key", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("destination_city", sa.String(length=120), nullable=True),
        sa.Column("destination_country", sa.String(length=2), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("approval_reference", sa.String(length=80), nullable=True),
        sa.Column("report_findings", sa.Text(), nullable=True),
        sa.Column("report_recommendations", sa.Text(), nullable=True),
        sa.Column("report_next_steps", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_missions_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missions")),
    )
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_missions_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_missions_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_missions_start_date"), ["start_date"], unique=False)

    op.create_table(
        "partnership_institutions",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("institution_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_partnership_institutions_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_institutions_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_institutions")),
    )
    with op.batch_alter_table("partnership_institutions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_institutions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_institutions_institution_id"),
            ["institution_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_institutions_partnership_id"),
            ["partnership_id"],
            unique=False,
        )

    op.create_table(
        "partnership_themes",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("theme", sa.String(length=30), nullable=False),
        sa.Column("sdg_number", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_themes_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_themes")),
    )
    with op.batch_alter_table("partnership_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_themes_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_themes_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partnership_topics",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("topic", sa.String(length=60), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_topics_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_topics")),
    )
    with op.batch_alter_table("partnership_topics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_topics_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_topics_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "study_trips",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("workplan_item_key", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("costs", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_study_trips_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_study_trips")),
    )
    with op.batch_alter_table("study_trips", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_study_trips_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_study_trips_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "workplans",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_workplans_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplans")),
    )
    with op.batch_alter_table("workplans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workplans_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workplans_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "activity_log_entries",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hours", desktop_app.models.types.ExactDecimal(scale=2), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("with_whom", sa.String(length=300), nullable=True),
        sa.Column("outputs", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_activity_log_entries_mission_id_missions"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_activity_log_entries_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_log_entries")),
    )
    with op.batch_alter_table("activity_log_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_log_entries_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_log_entries_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            "ix_activity_log_entries_mission_day", ["mission_id", "day"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_log_entries_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "advances",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount", desktop_app.models.types.ExactDecimal(scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_advances_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_advances_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advances")),
    )
    with op.batch_alter_table("advances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advances_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_advances_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_advances_person_id"), ["person_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("study_trip_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("host_institution_id", sa.String(length=36), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_institution_id"],
            ["institutions.id"],
            name=op.f("fk_agenda_items_host_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["study_trip_id"],
            ["study_trips.id"],
            name=op.f("fk_agenda_items_study_trip_id_study_trips"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_items_study_trip_id"), ["study_trip_id"], unique=False
        )

    op.create_table(
        "delegation_members",
        sa.Column("study_trip_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("institution_id", sa.String(length=36), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_delegation_members_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_delegation_members_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["study_trip_id"],
            ["study_trips.id"],
            name=op.f("fk_delegation_members_study_trip_id_study_trips"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_members")),
    )
    with op.batch_alter_table("delegation_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_members_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_delegation_members_study_trip_id"), ["study_trip_id"], unique=False
        )

    op.create_table(
        "event_participations",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("institution_id", sa.String(length=36), nullable=True),
        sa.Column("female", sa.Integer(), nullable=False),
        sa.Column("male", sa.Integer(), nullable=False),
        sa.Column("diverse", sa.Integer(), nullable=False),
        sa.Column("not_stated", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_participations_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_event_participations_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participations")),
    )
    with op.batch_alter_table("event_participations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_participations_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_participations_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "expenses",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", desktop_app.models.types.ExactDecimal(scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", desktop_app.models.types.ExactDecimal(scale=6), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_expenses_attachment_id_attachments"),
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_expenses_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_expenses_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
    )
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expenses_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meals_provided",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("breakfast", sa.Boolean(), nullable=False),
        sa.Column("lunch", sa.Boolean(), nullable=False),
        sa.Column("dinner", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_meals_provided_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_meals_provided_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meals_provided")),
    )
    with op.batch_alter_table("meals_provided", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meals_provided_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meals_provided_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meals_provided_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "mission_experts",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_mission_experts_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_mission_experts_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_experts")),
    )
    with op.batch_alter_table("mission_experts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_experts_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mission_experts_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mission_experts_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "nights",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("with_receipt", sa.Boolean(), nullable=False),
        sa.Column("amount", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", desktop_app.models.types.ExactDecimal(scale=6), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachments.id"], name=op.f("fk_nights_attachment_id_attachments")
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_nights_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_nights_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nights")),
    )
    with op.batch_alter_table("nights", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nights_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_nights_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nights_person_id"), ["person_id"], unique=False)

    op.create_table(
        "travel_legs",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("departure_at", sa.DateTime(), nullable=False),
        sa.Column("departure_place", sa.String(length=120), nullable=False),
        sa.Column("departure_country", sa.String(length=2), nullable=False),
        sa.Column("arrival_at", sa.DateTime(), nullable=False),
        sa.Column("arrival_place", sa.String(length=120), nullable=False),
        sa.Column("arrival_country", sa.String(length=2), nullable=False),
        sa.Column("border_crossing_at", sa.DateTime(), nullable=True),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("travel_class", sa.String(length=30), nullable=True),
        sa.Column("cost", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_travel_legs_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_travel_legs_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_legs")),
    )
    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_travel_legs_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_travel_legs_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_travel_legs_person_id"), ["person_id"], unique=False)

    op.create_table(
        "workplan_revisions",
        sa.Column("workplan_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision_date", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workplan_id"],
            ["workplans.id"],
            name=op.f("fk_workplan_revisions_workplan_id_workplans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplan_revisions")),
        sa.UniqueConstraint(
            "workplan_id", "number", name=op.f("uq_workplan_revisions_workplan_id")
        ),
    )
    with op.batch_alter_table("workplan_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workplan_revisions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workplan_revisions_workplan_id"), ["workplan_id"], unique=False
        )

    op.create_table(
        "workplan_items",
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=36), nullable=False),
        sa.Column("component", sa.String(length=200), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("indicator", sa.Text(), nullable=True),
        sa.Column("baseline", sa.String(length=200), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("actual", sa.String(length=200), nullable=True),
        sa.Column("activity_number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("activity_type", sa.String(length=30), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("responsible_german", sa.String(length=200), nullable=True),
        sa.Column("responsible_partner", sa.String(length=200), nullable=True),
        sa.Column("experts_planned", sa.String(length=300), nullable=True),
        sa.Column("expert_days_planned", sa.Integer(), nullable=True),
        sa.Column("participants_planned", sa.Integer(), nullable=True),
        sa.Column("budget_line", sa.String(length=60), nullable=True),
        sa.Column("planned_cost", desktop_app.models.types.ExactDecimal(scale=2), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("change_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["workplan_revisions.id"],
            name=op.f("fk_workplan_items_revision_id_workplan_revisions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplan_items")),
    )
    with op.batch_alter_table("workplan_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workplan_items_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_workplan_items_item_key"), ["item_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workplan_items_revision_id"), ["revision_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("workplan_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workplan_items_revision_id"))
        batch_op.drop_index(batch_op.f("ix_workplan_items_item_key"))
        batch_op.drop_index(batch_op.f("ix_workplan_items_deleted_at"))

    op.drop_table("workplan_items")
    with op.batch_alter_table("workplan_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workplan_revisions_workplan_id"))
        batch_op.drop_index(batch_op.f("ix_workplan_revisions_deleted_at"))

    op.drop_table("workplan_revisions")
    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_legs_person_id"))
        batch_op.drop_index(batch_op.f("ix_travel_legs_mission_id"))
        batch_op.drop_index(batch_op.f("ix_travel_legs_deleted_at"))

    op.drop_table("travel_legs")
    with op.batch_alter_table("nights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nights_person_id"))
        batch_op.drop_index(batch_op.f("ix_nights_mission_id"))
        batch_op.drop_index(batch_op.f("ix_nights_deleted_at"))

    op.drop_table("nights")
    with op.batch_alter_table("mission_experts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_experts_person_id"))
        batch_op.drop_index(batch_op.f("ix_mission_experts_mission_id"))
        batch_op.drop_index(batch_op.f("ix_mission_experts_deleted_at"))

    op.drop_table("mission_experts")
    with op.batch_alter_table("meals_provided", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meals_provided_person_id"))
        batch_op.drop_index(batch_op.f("ix_meals_provided_mission_id"))
        batch_op.drop_index(batch_op.f("ix_meals_provided_deleted_at"))

    op.drop_table("meals_provided")
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expenses_person_id"))
        batch_op.drop_index(batch_op.f("ix_expenses_mission_id"))
        batch_op.drop_index(batch_op.f("ix_expenses_deleted_at"))

    op.drop_table("expenses")
    with op.batch_alter_table("event_participations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participations_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_participations_deleted_at"))

    op.drop_table("event_participations")
    with op.batch_alter_table("delegation_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_members_study_trip_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_members_deleted_at"))

    op.drop_table("delegation_members")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_study_trip_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_items_deleted_at"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("advances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advances_person_id"))
        batch_op.drop_index(batch_op.f("ix_advances_mission_id"))
        batch_op.drop_index(batch_op.f("ix_advances_deleted_at"))

    op.drop_table("advances")
    with op.batch_alter_table("activity_log_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_log_entries_person_id"))
        batch_op.drop_index("ix_activity_log_entries_mission_day")
        batch_op.drop_index(batch_op.f("ix_activity_log_entries_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_activity_log_entries_day"))

    op.drop_table("activity_log_entries")
    with op.batch_alter_table("workplans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workplans_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_workplans_deleted_at"))

    op.drop_table("workplans")
    with op.batch_alter_table("study_trips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_study_trips_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_study_trips_deleted_at"))

    op.drop_table("study_trips")
    with op.batch_alter_table("partnership_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_topics_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_topics_deleted_at"))

    op.drop_table("partnership_topics")
    with op.batch_alter_table("partnership_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_themes_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_themes_deleted_at"))

    op.drop_table("partnership_themes")
    with op.batch_alter_table("partnership_institutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_institutions_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_institutions_institution_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_institutions_deleted_at"))

    op.drop_table("partnership_institutions")
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_missions_start_date"))
        batch_op.drop_index(batch_op.f("ix_missions_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_missions_deleted_at"))

    op.drop_table("missions")
    with op.batch_alter_table("expert_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_assignments_person_id"))
        batch_op.drop_index(batch_op.f("ix_expert_assignments_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_expert_assignments_deleted_at"))

    op.drop_table("expert_assignments")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start_date"))
        batch_op.drop_index(batch_op.f("ix_events_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_events_deleted_at"))

    op.drop_table("events")
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contributions_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_contributions_institution_id"))
        batch_op.drop_index(batch_op.f("ix_contributions_deleted_at"))

    op.drop_table("contributions")
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnerships_programme"))
        batch_op.drop_index(batch_op.f("ix_partnerships_partner_country"))
        batch_op.drop_index(batch_op.f("ix_partnerships_deleted_at"))

    op.drop_table("partnerships")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_last_name"))
        batch_op.drop_index(batch_op.f("ix_people_institution_id"))
        batch_op.drop_index(batch_op.f("ix_people_deleted_at"))

    op.drop_table("people")
    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_per_diem_rates_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_per_diem_rates_country"))

    op.drop_table("per_diem_rates")
    op.drop_table("node_identity")
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_institutions_name"))
        batch_op.drop_index(batch_op.f("ix_institutions_deleted_at"))

    op.drop_table("institutions")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_deleted_at"))

    op.drop_table("attachments")
