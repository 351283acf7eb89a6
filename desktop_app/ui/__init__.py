"""The PySide6 user interface. The only package that imports Qt."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    # PySide6 6.12 returns None, True and False from C++ calls without taking a reference
    # (correct only where these are immortal, Python >= 3.12). On 3.11 every such call lowers
    # their reference count until the interpreter aborts with "deallocating None" (or "True or
    # False") after some thousand calls. Give them a reference count that cannot run out, as
    # 3.12 does. (ob_refcnt is the first field of every object.)
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40
