"""The PySide6 user interface. The only package that imports Qt.

PySide6 6.12.0 is excluded in pyproject.toml: on Python 3.11 it returns None, True and False from
C++ calls without taking a reference, and the interpreter aborts ("deallocating None") after some
thousand calls. ``tests/test_qt_runtime.py`` guards against that regression.
"""

from desktop_app.ui import pyside_imports

pyside_imports.install()  # before the other modules of the window are imported
