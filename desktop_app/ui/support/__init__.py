"""User support in the Help menu: the handbook, the log folder, About with the licences."""
