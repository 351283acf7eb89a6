"""The installed PySide6 keeps Python's reference counts intact (6.12.0 on 3.11 did not)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(20000):
    label.setText("x")          # returns None
    label.isVisible()           # returns a bool
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


def test_no_reference_leak_of_none_and_bools() -> None:
    # In a subprocess: a broken binding aborts the interpreter instead of failing an assert.
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    lost_none, lost_true = (int(x) for x in result.stdout.split())
    assert abs(lost_none) < 100 and abs(lost_true) < 100
