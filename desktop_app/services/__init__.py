"""Use cases over a SQLAlchemy session: validation, queries, per-diem, workplans. No Qt."""
