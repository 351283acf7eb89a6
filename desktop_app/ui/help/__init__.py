"""The Help menu's own entries: the handbook, the log folder, About with the licences."""
