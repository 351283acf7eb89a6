"""Foreign per-diem rates (ARVVwV)."""
