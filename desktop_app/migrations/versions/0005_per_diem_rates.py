"""per-diem rates: city rows, origin, official tables; the claim's own data

Revision ID: 0005_per_diem_rates
Revises: 0005_reports_expert_days (re-chained after it when main gained it)
Create Date: 2026-12-03 08:28:49

* ``per_diem_rates`` gains ``city`` (the ARVVwV city rows: "" is the country row / "im Übrigen")
  and ``origin`` (official / hq / sample); the natural key becomes (country, city, valid_from).
  Existing sample rows get ``origin = 'sample'``, all others ``hq``.
* ``per_diem_tables``: the official tables as published (title, reference, complete or not).
* ``travel_legs.paid_by`` / ``expenses.paid_by`` (who paid a ticket), ``travel_legs.rate_place``
  (the city row chosen for the arrival place), ``meals_provided.canteen_lunch`` (ARVVwV Art. 2).
* ``claimant_profiles`` (personal data of the claim; never sent to other laptops) and
  ``travel_claims`` (start and end of the trip and of the business, BahnCard, submitted on).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_per_diem_rates"
down_revision = "0005_reports_expert_days"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "per_diem_tables",
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reference", sa.String(length=300), nullable=True),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("expected_rows", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_per_diem_tables")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_per_diem_tables_valid_from")),
    )
    with op.batch_alter_table("per_diem_tables", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_per_diem_tables_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "claimant_profiles",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("personnel_number", sa.String(length=40), nullable=True),
        sa.Column("official_title", sa.String(length=120), nullable=True),
        sa.Column("org_unit", sa.String(length=120), nullable=True),
        sa.Column("cost_centre", sa.String(length=60), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("iban", sa.String(length=40), nullable=True),
        sa.Column("bic", sa.String(length=15), nullable=True),
        sa.Column("account_holder", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_claimant_profiles_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claimant_profiles")),
        sa.UniqueConstraint("person_id", name=op.f("uq_claimant_profiles_person_id")),
    )
    with op.batch_alter_table("claimant_profiles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claimant_profiles_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_claimant_profiles_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "travel_claims",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("start_at_home", sa.Boolean(), nullable=False),
        sa.Column("trip_start_at", sa.DateTime(), nullable=True),
        sa.Column("end_at_home", sa.Boolean(), nullable=False),
        sa.Column("trip_end_at", sa.DateTime(), nullable=True),
        sa.Column("business_start_at", sa.DateTime(), nullable=True),
        sa.Column("business_end_at", sa.DateTime(), nullable=True),
        sa.Column("bahncard", sa.String(length=60), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_travel_claims_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_travel_claims_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_claims")),
        sa.UniqueConstraint("mission_id", "person_id", name=op.f("uq_travel_claims_mission_id")),
    )
    with op.batch_alter_table("travel_claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_claims_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_travel_claims_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_travel_claims_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paid_by", sa.String(length=10), nullable=True))

    with op.batch_alter_table("meals_provided", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("canteen_lunch", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("city", sa.String(length=120), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("origin", sa.String(length=10), server_default="hq", nullable=False)
        )
        batch_op.drop_constraint(batch_op.f("uq_per_diem_rates_country"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_per_diem_rates_country"), ["country", "city", "valid_from"]
        )
    op.execute("UPDATE per_diem_rates SET origin = 'sample' WHERE is_sample")

    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paid_by", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("rate_place", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.drop_column("rate_place")
        batch_op.drop_column("paid_by")

    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_per_diem_rates_country"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_per_diem_rates_country"), ["country", "valid_from"]
        )
        batch_op.drop_column("origin")
        batch_op.drop_column("city")

    with op.batch_alter_table("meals_provided", schema=None) as batch_op:
        batch_op.drop_column("canteen_lunch")

    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_column("paid_by")

    with op.batch_alter_table("travel_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_claims_person_id"))
        batch_op.drop_index(batch_op.f("ix_travel_claims_mission_id"))
        batch_op.drop_index(batch_op.f("ix_travel_claims_deleted_at"))

    op.drop_table("travel_claims")
    with op.batch_alter_table("claimant_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claimant_profiles_person_id"))
        batch_op.drop_index(batch_op.f("ix_claimant_profiles_deleted_at"))

    op.drop_table("claimant_profiles")
    with op.batch_alter_table("per_diem_tables", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_per_diem_tables_deleted_at"))

    op.drop_table("per_diem_tables")
