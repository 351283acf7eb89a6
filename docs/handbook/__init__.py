"""The handbook, shipped as the package ``desktop_app.resources.handbook`` (see ``setup.py``)."""
