"""Sync bundles: change capture, hybrid logical clocks, bundle files, import and merge.

No Qt here: the CLI, HQ batch jobs and tests use this package headless. The Sync view lives in
``desktop_app/ui/sync``.
"""
