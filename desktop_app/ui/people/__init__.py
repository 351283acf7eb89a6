"""People and institutions."""
