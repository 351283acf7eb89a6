"""Trainings, workshops, conferences and webinars with participant counts."""
