"""Reports for coordinators and HQ: quarters, figures from SQL aggregates, and the records behind
each figure. No Qt; the writers are in ``desktop_app/exporters/`` and the charts in
``desktop_app/ui/reports/``."""
