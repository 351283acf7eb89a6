"""The start page ("Übersicht") of each role."""
