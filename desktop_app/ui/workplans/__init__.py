"""Rolling workplans: workplans, their revisions and activity items."""
