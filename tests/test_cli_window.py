"""``partnerdesk`` without a command opens the window without loading the commands or the
database layer first (the window loads that in a worker once it is shown)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.cli import window_request


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["gui"], (True, None)),
        (["--data-dir", "/d"], (True, "/d")),
        (["--data-dir", "/d", "gui"], (True, "/d")),
        (["--data-dir=/d"], (True, "/d")),
        (["--data-dir=/d", "gui"], (True, "/d")),
        (["list", "missions"], (False, None)),
        (["--version"], (False, None)),
        (["--help"], (False, None)),
        (["--data-dir", "/d", "demo"], (False, "/d")),
        (["gui", "--data-dir", "/d"], (False, "/d")),  # argparse's business: it refuses this
    ],
)
def test_only_a_plain_start_is_a_window_request(argv: list[str], expected: tuple) -> None:
    window, data_dir = window_request(argv)
    assert window == expected[0]
    if window:
        assert data_dir == expected[1]


def test_the_window_start_loads_no_command_and_no_database_layer(tmp_path) -> None:
    code = (
        "import sys\n"
        "import desktop_app.ui.app as app\n"
        "import json\n"
        "app.run_gui = lambda *_a, **_k: print(json.dumps(sorted(sys.modules))) or 0\n"
        "from desktop_app.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(json.loads(result.stdout))
    assert "sqlalchemy" not in loaded
    assert not {m for m in loaded if m.endswith(".cli_commands")}
    assert "desktop_app.persistence.database" not in loaded
