"""Partnerships: list, detail form and the lists that belong to one partnership."""
