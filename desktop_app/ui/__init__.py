"""The PySide6 user interface. The only package that imports Qt."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    # PySide6 6.12 returns None from C++ calls without taking a reference (correct only where None
    # is immortal, Python >= 3.12). On 3.11 every such call lowers None's reference count until
    # the interpreter aborts with "deallocating None" after a few thousand calls. Give None a
    # reference count that cannot run out, as 3.12 does. (ob_refcnt is the first field.)
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
